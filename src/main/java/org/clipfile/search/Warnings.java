package org.clipfile.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects human-readable notes about what the parser ignored or repaired, without duplicates. */
final class Warnings {

    private final Set<String> notes = new LinkedHashSet<>();

    void add(String note) {
        notes.add(note);
    }

    List<String> toList() {
        return List.copyOf(notes);
    }

    /** User text made safe to show inside a warning: short, no control characters or lone surrogates. */
    static String quote(String text) {
        StringBuilder sb = new StringBuilder("'");
        int i = 0;
        int shown = 0;
        while (i < text.length() && shown < 20) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            boolean printable = type != Character.CONTROL && type != Character.SURROGATE
                    && type != Character.FORMAT && type != Character.UNASSIGNED;
            sb.appendCodePoint(printable ? cp : 0xFFFD);
            i += Character.charCount(cp);
            shown++;
        }
        if (i < text.length()) {
            sb.append('…');
        }
        return sb.append('\'').toString();
    }
}
