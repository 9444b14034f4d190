package org.clipfile.export;

import java.util.Locale;

/** The two shapes of an export: one JSON document with an envelope, or one clipping per line. */
public enum ExportFormat {
    JSON, JSONL;

    public static final String FORMAT_NAME = "clipfile-export";
    /** The version written: 2 added who added and last changed each clipping (addedBy, changedBy). */
    public static final int VERSION = 2;
    /** The oldest version still read (its records lack addedBy and changedBy). */
    public static final int OLDEST_READ = 1;
    /** The JSON Schema (draft 2020-12) of the export written, shipped in the jar beside each older version's. */
    public static final String SCHEMA_RESOURCE = "/org/clipfile/export/clipfile-export-" + VERSION + ".schema.json";

    /** JSONL for a {@code .jsonl}/{@code .ndjson} name, JSON otherwise. */
    public static ExportFormat forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? JSONL : JSON;
    }
}
