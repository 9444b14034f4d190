package org.clipfile.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clipfile.Version;
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
    public static List<String> lines(Path archive) {
        List<String> lines = new ArrayList<>();
        lines.add("Clipfile " + Version.current());
        lines.add("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor", "") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        if (archive != null) {
            lines.add("Archive: " + archive);
            lines.add("Backups: " + Backups.folderOf(archive));
        }
        Path data = ArchiveLocation.dataFolder();
        lines.add("Data folder (default archive, settings): " + data);
        lines.add("Log: " + ErrorLog.logFile().orElse(ErrorLog.folderIn(data)));
        return lines;
    }
}
