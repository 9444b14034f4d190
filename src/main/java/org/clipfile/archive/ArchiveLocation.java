package org.clipfile.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the default archive lives: the platform's per-user data folder. The home folder is
 * {@code $HOME} when it is set (as every shell and test harness expects), not the one Java reads
 * from the system's user database.
 */
public final class ArchiveLocation {
    public static final String ENV_ARCHIVE = "CLIPFILE_ARCHIVE";
    static final String FILE_NAME = "archive.db";

    private ArchiveLocation() {
    }

    /** The archive to open when none is named: {@code CLIPFILE_ARCHIVE}, else the data folder's. */
    public static Path defaultArchive() {
        return defaultArchive(System.getenv(), osName(), System.getProperty("user.home", "."));
    }

    /**
     * Where to open: the address the analyst typed ({@code --archive}; a file or a
     * {@code postgresql://} address), else {@code $CLIPFILE_ARCHIVE}, else the default archive file.
     */
    public static ArchiveAddress address(String typed) {
        if (typed != null) {
            return ArchiveAddress.parse(typed);
        }
        String env = System.getenv(ENV_ARCHIVE);
        if (env != null && !env.isBlank()) {
            return ArchiveAddress.parse(env);
        }
        return new ArchiveAddress.File(defaultArchiveWithItsFolder());
    }

    /** The archive {@code $CLIPFILE_ARCHIVE} names, if it is set. */
    public static Optional<Path> namedArchive() {
        return namedArchive(System.getenv());
    }

    /**
     * The default archive, with the data folder made if this is its first use; a file that
     * {@code $CLIPFILE_ARCHIVE} names is returned as it is (its folder is the user's to make).
     */
    public static Path defaultArchiveWithItsFolder() {
        if (namedArchive().isPresent()) {
            return namedArchive().get();
        }
        Path folder = dataFolder();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ArchiveException("Cannot make the data folder " + folder + ": " + e.getMessage(), e);
        }
        return folder.resolve(FILE_NAME);
    }

    /** This user's data folder on this system (archive, settings, backups, logs). */
    public static Path dataFolder() {
        return dataFolder(System.getenv(), osName(), System.getProperty("user.home", "."));
    }

    /** This user's folder for what can be made again (a team archive's kept facets). */
    public static Path cacheFolder() {
        return cacheFolder(System.getenv(), osName(), System.getProperty("user.home", "."));
    }

    /**
     * {@code $XDG_CACHE_HOME/clipfile} (else {@code ~/.cache/clipfile}), {@code ~/Library/Caches/Clipfile},
     * {@code %LOCALAPPDATA%\Clipfile\Cache}: never a roaming profile, never a backed-up folder.
     */
    public static Path cacheFolder(Map<String, String> env, String osName, String javaHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        String home = homeFolder(env, os, javaHome);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve("Clipfile").resolve("Cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "Clipfile");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".cache");
        return base.resolve("clipfile");
    }

    static Path defaultArchive(Map<String, String> env, String osName, String home) {
        return namedArchive(env).orElseGet(() -> dataFolder(env, osName, home).resolve(FILE_NAME));
    }

    static Optional<Path> namedArchive(Map<String, String> env) {
        String override = env.get(ENV_ARCHIVE);
        return override != null && !override.isBlank() ? Optional.of(Path.of(override)) : Optional.empty();
    }

    /**
     * {@code $XDG_DATA_HOME/clipfile} (else {@code ~/.local/share/clipfile}),
     * {@code ~/Library/Application Support/Clipfile}, {@code %APPDATA%\Clipfile}; {@code ~} is
     * {@code $HOME} when set, else {@code javaHome} (Java's idea of the home folder).
     */
    public static Path dataFolder(Map<String, String> env, String osName, String javaHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        String home = homeFolder(env, os, javaHome);
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

    private static String homeFolder(Map<String, String> env, String os, String javaHome) {
        String home = os.contains("win") ? env.get("USERPROFILE") : env.get("HOME");
        return home != null && !home.isBlank() && Path.of(home).isAbsolute() ? home : javaHome;
    }

    private static String osName() {
        return System.getProperty("os.name", "");
    }
}
