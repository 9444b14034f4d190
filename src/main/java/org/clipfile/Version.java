package org.clipfile;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This build's version, as the pom gives it (written into {@code version.properties} at build time). */
public final class Version {
    private Version() {
    }

    /** e.g. {@code 0.1.0}; "unknown" only if the build left the file out. */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
