package org.clipfile.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clipfile.files.AtomicFile;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Loads and saves {@link WindowSettings} as JSON; a broken or foreign file falls back to defaults. */
public final class SettingsStore {
    private final Path file;
    private final Path cacheFolder;
    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Settings in {@code file}; what can be made again in a folder beside it (tests keep both in one place). */
    public SettingsStore(Path file) {
        this(file, file == null ? null : file.toAbsolutePath().getParent().resolve("cache"));
    }

    /** Settings in {@code file}, what can be made again under {@code cacheFolder} (the user's cache folder). */
    public SettingsStore(Path file, Path cacheFolder) {
        this.file = file;
        this.cacheFolder = cacheFolder;
    }

    /** A store that remembers nothing (screenshots, tests that do not care). */
    public static SettingsStore none() {
        return new SettingsStore(null);
    }

    /** Where the window keeps a team archive's facets between opens; empty for a store that remembers nothing. */
    public java.util.Optional<Path> facetCacheFolder() {
        return java.util.Optional.ofNullable(cacheFolder).map(folder -> folder.resolve("facets"));
    }

    public WindowSettings load() {
        if (file == null || !Files.isRegularFile(file)) {
            return WindowSettings.DEFAULT;
        }
        try {
            WindowSettings s = mapper.readValue(file.toFile(), WindowSettings.class);
            if (!WindowSettings.FORMAT.equals(s.format()) || s.version() > WindowSettings.VERSION
                    || s.width() < 200 || s.height() < 150) {
                return WindowSettings.DEFAULT;
            }
            return s;
        } catch (RuntimeException e) {
            return WindowSettings.DEFAULT; // settings are a convenience; never block the window on them
        }
    }

    /** Saves quietly: losing a window size is not worth an error dialog on exit. Returns success. */
    public boolean save(WindowSettings settings) {
        if (file == null) {
            return false;
        }
        try {
            byte[] json = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(settings);
            AtomicFile.write(file, true, out -> out.write(json));
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
