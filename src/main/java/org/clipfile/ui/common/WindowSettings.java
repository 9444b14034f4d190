package org.clipfile.ui.common;

import java.util.List;

/**
 * What the window remembers between runs. A file format, not the live model: {@code format} and
 * {@code version} on top so a later version can upgrade it.
 */
public record WindowSettings(
        String format,
        int version,
        double width,
        double height,
        List<Double> mainDividers,
        List<Double> sideDividers,
        List<Double> centerDividers,
        String query,
        List<String> tags,
        boolean anyTag,
        String from,
        String to,
        boolean undatedOnly,
        String theme,
        List<String> recentTeamArchives) {

    public static final String FORMAT = "clipfile-window-settings";
    public static final int VERSION = 1;
    public static final WindowSettings DEFAULT = new WindowSettings(FORMAT, VERSION, 1400, 900,
            List.of(0.17, 0.66), List.of(0.55), List.of(0.25), null, List.of(), false, null, null, false, null, List.of());

    public WindowSettings {
        mainDividers = mainDividers == null ? DEFAULT_LIST : List.copyOf(mainDividers);
        sideDividers = sideDividers == null ? DEFAULT_LIST : List.copyOf(sideDividers);
        centerDividers = centerDividers == null ? DEFAULT_LIST : List.copyOf(centerDividers);
        tags = tags == null ? List.of() : List.copyOf(tags);
        recentTeamArchives = recentTeamArchives == null ? List.of() : List.copyOf(recentTeamArchives);
    }

    /** Settings without recent team archives (the window's own state; the shell adds the archives). */
    public WindowSettings(String format, int version, double width, double height, List<Double> mainDividers,
            List<Double> sideDividers, List<Double> centerDividers, String query, List<String> tags, boolean anyTag,
            String from, String to, boolean undatedOnly, String theme) {
        this(format, version, width, height, mainDividers, sideDividers, centerDividers, query, tags, anyTag, from, to,
                undatedOnly, theme, List.of());
    }

    /** Settings without a theme: the light one (files from before the theme was remembered read this way too). */
    public WindowSettings(String format, int version, double width, double height, List<Double> mainDividers,
            List<Double> sideDividers, List<Double> centerDividers, String query, List<String> tags, boolean anyTag,
            String from, String to, boolean undatedOnly) {
        this(format, version, width, height, mainDividers, sideDividers, centerDividers, query, tags, anyTag, from, to,
                undatedOnly, null, List.of());
    }

    /** The same settings in another theme ({@code light} or {@code dark}). */
    public WindowSettings withTheme(String name) {
        return new WindowSettings(format, version, width, height, mainDividers, sideDividers, centerDividers, query, tags,
                anyTag, from, to, undatedOnly, name, recentTeamArchives);
    }

    /**
     * The same settings remembering {@code recent} team archives (addresses without passwords:
     * see {@link RecentTeamArchives}), most recent first.
     */
    public WindowSettings withRecentTeamArchives(List<String> recent) {
        return new WindowSettings(format, version, width, height, mainDividers, sideDividers, centerDividers, query, tags,
                anyTag, from, to, undatedOnly, theme, recent);
    }

    private static final List<Double> DEFAULT_LIST = List.of();
}
