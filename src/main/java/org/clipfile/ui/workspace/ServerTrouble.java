package org.clipfile.ui.workspace;

import java.sql.SQLException;

/**
 * What went wrong with a team archive's server, read from the SQLSTATE under a failure (the core's
 * {@code ArchiveException} already words it; the window only decides what to do about it).
 */
public final class ServerTrouble {
    private ServerTrouble() {
    }

    /** The server refused the login: a wrong or missing password (28P01), or no such login / not allowed (28000). */
    public static boolean loginRefused(Throwable e) {
        String state = sqlState(e);
        return state.equals("28P01") || state.equals("28000");
    }

    /**
     * The server could not be reached or dropped the session (connection errors, an administrator's
     * shutdown or termination): the next action reconnects, so this is worth a status line, not a dialog.
     */
    public static boolean unreachable(Throwable e) {
        String state = sqlState(e);
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }
}
