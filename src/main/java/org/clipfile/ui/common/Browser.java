package org.clipfile.ui.common;

/** Opens a web address in the analyst's browser. */
@FunctionalInterface
public interface Browser {
    void open(String url);
}
