package org.clipfile.archive;
/** TEMPORARY STUB until the search branch lands. */
public final class IndexText { private IndexText() {} public static String forIndex(String s) { return s; } }
