package org.clipfile.archive;

/** The outcome of storing one clipping: its id, and whether it was new or a duplicate of {@code id}. */
public record AddResult(long id, boolean added) {
}
