package org.clipfile.export;

import java.util.Locale;

/** The two shapes of an export: one JSON document with an envelope, or one clipping per line. */
public enum ExportFormat {
    JSON, JSONL;

    public static final String FORMAT_NAME = "clipfile-export";
    public static final int VERSION = 1;
    /** The JSON Schema (draft 2020-12) of the export, shipped in the jar. */
    public static final String SCHEMA_RESOURCE = "/org/clipfile/export/clipfile-export.schema.json";

    /** JSONL for a {@code .jsonl}/{@code .ndjson} name, JSON otherwise. */
    public static ExportFormat forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? JSONL : JSON;
    }
}
