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
        String theme) {

    public static final String FORMAT = "clipfile-window-settings";
    public static final int VERSION = 1;
    public static final WindowSettings DEFAULT = new WindowSettings(FORMAT, VERSION, 1400, 900,
            List.of(0.17, 0.66), List.of(0.55), List.of(0.25), null, List.of(), false, null, null, false, null);

    public WindowSettings {
        mainDividers = mainDividers == null ? DEFAULT_LIST : List.copyOf(mainDividers);
        sideDividers = sideDividers == null ? DEFAULT_LIST : List.copyOf(sideDividers);
        centerDividers = centerDividers == null ? DEFAULT_LIST : List.copyOf(centerDividers);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Settings without a theme: the light one (files from before the theme was remembered read this way too). */
    public WindowSettings(String format, int version, double width, double height, List<Double> mainDividers,
            List<Double> sideDividers, List<Double> centerDividers, String query, List<String> tags, boolean anyTag,
            String from, String to, boolean undatedOnly) {
        this(format, version, width, height, mainDividers, sideDividers, centerDividers, query, tags, anyTag, from, to,
                undatedOnly, null);
    }

    /** The same settings in another theme ({@code light} or {@code dark}). */
    public WindowSettings withTheme(String name) {
        return new WindowSettings(format, version, width, height, mainDividers, sideDividers, centerDividers, query, tags,
                anyTag, from, to, undatedOnly, name);
    }

    private static final List<Double> DEFAULT_LIST = List.of();
}
