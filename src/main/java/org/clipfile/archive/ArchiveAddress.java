package org.clipfile.archive;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where an archive is: a file (SQLite, one analyst) or a PostgreSQL server (a team). Typed by the
 * analyst as a path or as {@code postgresql://host:port/database?sslmode=require}, the address
 * form PostgreSQL's own tools take. A password may be in it, but is never shown: {@link #toString()}
 * leaves it out, so window titles, logs and messages never carry it.
 */
public sealed interface ArchiveAddress permits ArchiveAddress.File, ArchiveAddress.Server {

    /** An SQLite archive file. */
    record File(Path path) implements ArchiveAddress {
        public File {
            path = path.toAbsolutePath().normalize();
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /**
     * A team archive on a PostgreSQL server.
     *
     * @param host     the server's name or address
     * @param port     its port (5432 unless given)
     * @param database the database holding the archive
     * @param user     the login, if the address names one (else the driver's default: {@code PGUSER}, the system user)
     * @param password the password, if the address carries one (else {@code PGPASSWORD}, {@code ~/.pgpass}, or the window asks)
     * @param query    the rest of the address ({@code sslmode=…} and other driver settings), passed through as typed
     */
    record Server(String host, int port, String database, String user, String password, String query) implements ArchiveAddress {
        /** The JDBC form, without user or password (those go as connection properties). */
        public String jdbcUrl() {
            String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            return "jdbc:postgresql://" + h + ":" + port + "/" + database + (query.isEmpty() ? "" : "?" + query);
        }

        /** The same server and database with another login (the window's sign-in asks for one). */
        public Server withLogin(String newUser, String newPassword) {
            return new Server(host, port, database, newUser, newPassword, query);
        }

        @Override
        public String toString() {
            String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            return "postgresql://" + (user == null ? "" : user + "@") + h + ":" + port + "/" + database
                    + (query.isEmpty() ? "" : "?" + query);
        }
    }

    /** Whether {@code text} is written as a server address rather than a file name. */
    static boolean looksLikeServer(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql:") || t.startsWith("postgres:");
    }

    /**
     * Reads an address as the analyst typed it.
     *
     * @throws ArchiveException naming the address and what is wrong with it
     */
    static ArchiveAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ArchiveException("No archive was named: give a file or a postgresql:// address");
        }
        if (!looksLikeServer(text)) {
            return new File(Path.of(text));
        }
        return server(text.strip());
    }

    private static Server server(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new ArchiveException("'" + hidePassword(text) + "' is not a PostgreSQL address (" + e.getReason()
                    + "); write it as postgresql://host:5432/database");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new ArchiveException("'" + hidePassword(text) + "' names no server; write it as postgresql://host:5432/database");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isBlank() || database.contains("/")) {
            throw new ArchiveException("'" + hidePassword(text) + "' names no database; write it as postgresql://" + host
                    + ":5432/database");
        }
        String user = null;
        String password = null;
        String info = uri.getUserInfo();
        if (info != null && !info.isEmpty()) {
            int colon = info.indexOf(':');
            user = colon < 0 ? info : info.substring(0, colon);
            password = colon < 0 ? null : info.substring(colon + 1);
            if (user.isEmpty()) {
                user = null;
            }
        }
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        return new Server(host, uri.getPort() < 0 ? 5432 : uri.getPort(), database, user, password, query);
    }

    /** The address as typed, with any password replaced, for messages. */
    static String hidePassword(String text) {
        return text.replaceFirst("(?i)^(postgres(?:ql)?://[^:/@]*):[^@/]*@", "$1:***@");
    }
}
