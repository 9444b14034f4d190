package org.clipfile.search;

/** A half-open span [start, end) of UTF-16 offsets into a string. */
public record Range(int start, int end) {

    public Range {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
