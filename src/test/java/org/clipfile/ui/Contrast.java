package org.clipfile.ui;

import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/** WCAG contrast between colours the window really painted (computed by its stylesheet). */
final class Contrast {
    private Contrast() {
    }

    static double ratio(Paint text, Paint back) {
        double a = luminance((Color) text) + 0.05;
        double b = luminance((Color) back) + 0.05;
        return Math.max(a, b) / Math.min(a, b);
    }

    /** The colour on top of a region's background: its last fill. */
    static Color background(Region region) {
        Background background = region.getBackground();
        if (background == null || background.getFills().isEmpty()) {
            throw new AssertionError(region + " paints no background");
        }
        var fills = background.getFills();
        return (Color) fills.get(fills.size() - 1).getFill();
    }

    /** How far apart two colours are in RGB (0 the same, about 1.7 black and white): for hues of like lightness. */
    static double distance(Paint a, Paint b) {
        Color x = (Color) a;
        Color y = (Color) b;
        return Math.sqrt(Math.pow(x.getRed() - y.getRed(), 2) + Math.pow(x.getGreen() - y.getGreen(), 2)
                + Math.pow(x.getBlue() - y.getBlue(), 2));
    }

    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
