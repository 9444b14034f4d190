package org.clipfile.archive;

import java.sql.SQLException;

/**
 * What went wrong with a team archive's server, by the SQLSTATE of its error (PostgreSQL's "Error
 * codes" appendix): the core words its message from it, the window decides what to do about it.
 */
public enum ServerFault {
    /** The login was refused: a wrong password (28P01), none where one is needed, no such login (28000). */
    LOGIN_REFUSED,
    /** The server could not be reached or dropped the session (connection errors, shutdown, termination). */
    UNREACHABLE,
    /** A write by a login that may only read (42501), or in a read-only transaction (25006). */
    READ_ONLY,
    NO_DATABASE,
    DISK_FULL,
    OTHER;

    public static ServerFault of(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "28P01", "28000" -> LOGIN_REFUSED;
            // The driver's own "rejected": the server asked for a password and none was given (the only
            // other cause, an authentication method the driver lacks, is as much a refused login).
            case "08004" -> LOGIN_REFUSED;
            case "42501", "25006" -> READ_ONLY;
            case "3D000" -> NO_DATABASE;
            case "53100" -> DISK_FULL;
            case "57P01", "57P02", "57P03" -> UNREACHABLE;
            default -> state.startsWith("08") ? UNREACHABLE : OTHER;
        };
    }

    /** The fault under a failure: the first SQL error with a state in its causes, else {@link #OTHER}. */
    public static ServerFault under(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return of(sql);
            }
        }
        return OTHER;
    }
}
