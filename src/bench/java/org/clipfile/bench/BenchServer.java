package org.clipfile.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.ArchiveException;

/**
 * The PostgreSQL server the benchmark may use: it creates a database of its own for each archive
 * it builds ({@code clipfile_bench_100000}) and drops it afterwards. Only databases whose names
 * start with {@link #PREFIX} are ever dropped.
 */
public final class BenchServer {
    static final String PREFIX = "clipfile_bench_";

    private final ArchiveAddress.Server maintenance; // the server's 'postgres' database, where databases are made

    private BenchServer(ArchiveAddress.Server maintenance) {
        this.maintenance = maintenance;
    }

    /**
     * Reads {@code postgresql://user@host:port} (a server, no database), as typed after {@code --server}.
     *
     * @throws IllegalArgumentException naming the address and what is wrong with it
     */
    public static BenchServer parse(String text) {
        if (!ArchiveAddress.looksLikeServer(text)) {
            throw new IllegalArgumentException("--server '" + text + "' is not a server address; write it as postgresql://user@host:5432");
        }
        String stripped = text.strip();
        String withoutQuery = stripped.contains("?") ? stripped.substring(0, stripped.indexOf('?')) : stripped;
        int scheme = withoutQuery.indexOf("//");
        int path = scheme < 0 ? -1 : withoutQuery.indexOf('/', scheme + 2);
        if (path >= 0 && path < withoutQuery.length() - 1) {
            throw new IllegalArgumentException("--server '" + ArchiveAddress.hidePassword(text) + "' names a database; name only the"
                    + " server (postgresql://user@host:5432): the benchmark makes and drops databases of its own there");
        }
        String query = stripped.substring(withoutQuery.length());
        String base = withoutQuery.endsWith("/") ? withoutQuery.substring(0, withoutQuery.length() - 1) : withoutQuery;
        try {
            return new BenchServer((ArchiveAddress.Server) ArchiveAddress.parse(base + "/postgres" + query));
        } catch (ArchiveException e) {
            throw new IllegalArgumentException("--server: " + e.getMessage(), e);
        }
    }

    public static BenchServer of(ArchiveAddress.Server anyDatabaseOnIt) {
        ArchiveAddress.Server s = anyDatabaseOnIt;
        return new BenchServer(new ArchiveAddress.Server(s.host(), s.port(), "postgres", s.user(), s.password(), s.query()));
    }

    /** The address of the benchmark's database {@code name} on this server. */
    ArchiveAddress.Server address(String name) {
        return on(maintenance.host(), maintenance.port(), name);
    }

    /** The same login and database, reached through another host and port (the delaying proxy). */
    ArchiveAddress.Server on(String host, int port, String database) {
        return new ArchiveAddress.Server(host, port, database, maintenance.user(), maintenance.password(), maintenance.query());
    }

    /** An empty database {@code name}, dropped first if an earlier run left it. */
    ArchiveAddress.Server freshDatabase(String name) {
        drop(name);
        admin("CREATE DATABASE " + checked(name));
        return address(name);
    }

    /**
     * A copy of database {@code kept} (one a {@code --keep} run left) as {@code name}, made by the
     * server from it as a template: measuring writes on the copy leaves the kept one as it was.
     */
    ArchiveAddress.Server copyOf(String kept, String name) {
        drop(name);
        admin("CREATE DATABASE " + checked(name) + " TEMPLATE " + checked(kept));
        return address(name);
    }

    void drop(String name) {
        admin("DROP DATABASE IF EXISTS " + checked(name) + " WITH (FORCE)");
    }

    /** What the database takes on the server's disk, tables and indexes. */
    long databaseBytes(String name) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT pg_database_size(?)")) {
            ps.setString(1, checked(name));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the size of database " + name + " on " + maintenance + ": " + e.getMessage(), e);
        }
    }

    /** Runs maintenance SQL ({@code VACUUM}, {@code ANALYZE}) in database {@code name}, outside a transaction. */
    void maintain(String name, String sql) {
        try (Connection c = connect(address(name)); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed in " + name + ": " + e.getMessage(), e);
        }
    }

    private void admin(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed on " + maintenance + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return connect(maintenance);
    }

    private static Connection connect(ArchiveAddress.Server address) throws SQLException {
        Properties p = new Properties();
        String user = address.user() != null ? address.user() : System.getenv("PGUSER");
        if (user != null) {
            p.setProperty("user", user);
        }
        String password = address.password() != null ? address.password() : System.getenv("PGPASSWORD");
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "Clipfile bench");
        return DriverManager.getConnection(address.jdbcUrl(), p); // autocommit: CREATE/DROP DATABASE and VACUUM need it
    }

    private static String checked(String name) {
        if (!name.matches(PREFIX + "[a-z0-9_]+")) {
            throw new IllegalArgumentException("the benchmark only makes and drops databases named " + PREFIX + "…, not " + name);
        }
        return name;
    }

    @Override
    public String toString() {
        return maintenance.toString().replaceFirst("/postgres(\\?|$)", "$1");
    }
}
