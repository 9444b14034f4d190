package org.clipfile.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.clipfile.archive.ArchiveAddress;

/**
 * A throwaway PostgreSQL cluster for the tests: made with the machine's own {@code initdb} in a
 * temporary folder, listening on a free loopback port, stopped and deleted when the tests end.
 * PostgreSQL refuses to run as root (as CI runs), so then the server runs as the {@code postgres}
 * user. It never skips: a machine without the server fails the tests that need it, saying why.
 *
 * <p>Get it with {@link PostgresExtension}; every test takes a database of its own ({@link #newDatabase}).
 */
public final class PostgresServer implements AutoCloseable {
    /** The group whose members' logins the server checks with a password (see {@link #loginWithPassword}). */
    public static final String PASSWORD_LOGINS = "password_logins";

    /** The cluster's superuser, who owns the test databases. */
    public static final String SUPERUSER = "postgres";

    private final Path folder;
    private final Path bin;
    private final int port;
    private final boolean asPostgresUser;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(Path folder, Path bin, int port, boolean asPostgresUser) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    public static PostgresServer start() {
        Path bin = findBinaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path folder = Files.createTempDirectory("clipfile-pg");
            int port = freePort();
            PostgresServer server = new PostgresServer(folder, bin, port, root);
            if (root) {
                run(folder, List.of("chown", "-R", "postgres:postgres", folder.toString()));
            }
            server.runAsOwner(folder, List.of(bin.resolve("initdb").toString(), "-D", folder.resolve("data").toString(),
                    "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
            // Every login is trusted, except members of PASSWORD_LOGINS: for them the server asks a password, as a desk's would.
            Path hba = folder.resolve("data").resolve("pg_hba.conf");
            Files.writeString(hba, "host all +" + PASSWORD_LOGINS + " 127.0.0.1/32 scram-sha-256\n" + Files.readString(hba));
            server.runAsOwner(folder, List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(),
                    "-l", folder.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                    "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off"
                            + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start"));
            server.admin("postgres", "CREATE ROLE " + PASSWORD_LOGINS + " NOLOGIN");
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the test PostgreSQL server: " + e.getMessage(), e);
        }
    }

    /** Debian's versioned folder (the newest), or {@code $PG_BIN}. */
    private static Path findBinaries() {
        String env = System.getenv("PG_BIN");
        if (env != null && Files.isExecutable(Path.of(env, "initdb"))) {
            return Path.of(env);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                List<Path> found = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .sorted(Comparator.comparing((Path p) -> versionOf(p)).reversed()).toList();
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            } catch (IOException e) {
                // fall through to the message below
            }
        }
        throw new IllegalStateException("These tests need a PostgreSQL server: none was found in /usr/lib/postgresql/*/bin"
                + " or $PG_BIN (on Debian: apt-get install postgresql)");
    }

    private static int versionOf(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Runs in {@code workDir} (the postgres user may not enter the build's folder). */
    private void runAsOwner(Path workDir, List<String> command) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(workDir, full);
    }

    private static void run(Path workDir, List<String> command) {
        try {
            Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("'" + String.join(" ", command) + "' failed: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    public int port() {
        return port;
    }

    /** A new empty database owned by the superuser, and its address for Clipfile. */
    public ArchiveAddress.Server newDatabase() {
        String name = "archive_" + databases.incrementAndGet();
        admin("postgres", "CREATE DATABASE " + name);
        return address(name, SUPERUSER);
    }

    /**
     * A login that the server lets in only with {@code password} (the others are trusted), with the
     * rights of a full analyst of every database: reading and writing all data.
     */
    public void loginWithPassword(String user, String password) {
        String quoted = "'" + password.replace("'", "''") + "'";
        admin("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + user + "') THEN CREATE ROLE " + user
                + " LOGIN IN ROLE " + PASSWORD_LOGINS + ", pg_read_all_data, pg_write_all_data; END IF; END $$",
                "ALTER ROLE " + user + " PASSWORD " + quoted);
    }

    /** The address of {@code database} for the login {@code user}. */
    public ArchiveAddress.Server address(String database, String user) {
        return new ArchiveAddress.Server("127.0.0.1", port, database, user, null, "");
    }

    /**
     * The server itself as typed after {@code bench --server}: superuser, host and port, no database
     * (for code that makes databases of its own).
     */
    public String serverAddress() {
        return "postgresql://" + SUPERUSER + "@127.0.0.1:" + port;
    }

    /** The names of the cluster's databases, templates left out. */
    public List<String> databaseNames() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", SUPERUSER, "");
             Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE NOT datistemplate ORDER BY datname")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("could not list the databases: " + e.getMessage(), e);
        }
    }

    /** Runs SQL as the superuser in {@code database} (roles, grants, sabotage). */
    public void admin(String database, String... sql) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, SUPERUSER, "");
             Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("admin SQL failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            runAsOwner(folder, List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
        } finally {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder; the system cleans it eventually
            }
        }
    }
}
