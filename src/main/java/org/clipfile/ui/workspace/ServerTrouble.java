package org.clipfile.ui.workspace;

import org.clipfile.archive.ServerFault;

/**
 * What the window makes of a team archive's failure (the core's {@code ArchiveException} already
 * words it, and {@link ServerFault} classifies it; the window only decides what to do about it).
 */
public final class ServerTrouble {
    private ServerTrouble() {
    }

    /** The server refused the login (a wrong or missing password, no such login): worth asking for the password. */
    public static boolean loginRefused(Throwable e) {
        return ServerFault.under(e) == ServerFault.LOGIN_REFUSED;
    }

    /**
     * The server could not be reached or dropped the session: the next action reconnects, so this is
     * worth a status line, not a dialog.
     */
    public static boolean unreachable(Throwable e) {
        return ServerFault.under(e) == ServerFault.UNREACHABLE;
    }
}
