package org.clipfile.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clipfile.Version;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.ArchiveLocation;
import org.clipfile.archive.Backups;
import org.clipfile.logging.ErrorLog;

/** What Help › About says, and what "Copy details" puts on the clipboard: version, system, and where things are. */
public final class AboutText {
    private AboutText() {
    }

    public static String version() {
        return Version.current();
    }

    /** One line each: the version, the Java and the system, the open archive, its backups, settings and the log. */
    public static List<String> lines(ArchiveAddress archive) {
        List<String> lines = new ArrayList<>();
        lines.add("Clipfile " + Version.current());
        lines.add("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor", "") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        if (archive instanceof ArchiveAddress.File file) {
            lines.add("Archive: " + file.path());
            lines.add("Backups: " + Backups.folderOf(file.path()));
        } else if (archive != null) {
            // The address as shown everywhere: never with its password. The server's administrator backs it up.
            lines.add("Team archive: " + archive);
            lines.add("Its facets, kept between opens: " + ArchiveLocation.cacheFolder().resolve("facets"));
        }
        Path data = ArchiveLocation.dataFolder();
        lines.add("Data folder (default archive, settings): " + data);
        lines.add("Log: " + ErrorLog.logFile().orElse(ErrorLog.folderIn(data)));
        return lines;
    }
}
