package org.clipfile.ui.common;

import java.util.Locale;

/**
 * The window's colours: light, or dark. The stylesheet holds both palettes as variables on
 * {@code .root}; the dark one is chosen by the {@code dark} style class on a scene's root.
 */
public enum Theme {
    LIGHT,
    DARK;

    /** The style class a scene's root carries in this theme (none for light, the default palette). */
    public static final String DARK_STYLE_CLASS = "dark";

    /** The name in the settings file and on the command line: {@code light} or {@code dark}. */
    public String settingName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme a settings file names; a missing or unknown name is the light theme. */
    public static Theme fromSetting(String name) {
        if (name != null) {
            for (Theme t : values()) {
                if (t.settingName().equalsIgnoreCase(name.strip())) {
                    return t;
                }
            }
        }
        return LIGHT;
    }
}
