package org.clipfile.archive;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the default archive lives: the platform's per-user data folder. */
public final class ArchiveLocation {
    public static final String ENV_ARCHIVE = "CLIPFILE_ARCHIVE";
    static final String FILE_NAME = "archive.db";

    private ArchiveLocation() {
    }

    /** The archive to open when none is named: {@code CLIPFILE_ARCHIVE}, else the data folder's. */
    public static Path defaultArchive() {
        return defaultArchive(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path defaultArchive(Map<String, String> env, String osName, String home) {
        String override = env.get(ENV_ARCHIVE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return dataFolder(env, osName, home).resolve(FILE_NAME);
    }

    /** {@code $XDG_DATA_HOME/clipfile}, {@code ~/Library/Application Support/Clipfile}, {@code %APPDATA%\Clipfile}. */
    public static Path dataFolder(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming"))
                    .resolve("Clipfile");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Clipfile");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("clipfile");
    }
}
