package org.clipfile.ingest;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which encoding a file's bytes are most likely in, how sure that is, and the other readings worth
 * showing the analyst. When {@link #sure()} is false nothing may be stored without asking: the
 * window shows {@link #candidates()} with their previews, the CLI names them in the rejection.
 *
 * @param charset    the best reading (always one that decodes the bytes without error)
 * @param text       the bytes decoded in {@code charset} (without a byte-order mark)
 * @param sure       whether {@code text} can be stored without asking
 * @param basis      how the charset was chosen, in words ("byte-order mark", "valid UTF-8", ...)
 * @param candidates plausible readings, best first ({@code charset} first); each decodes without error
 */
public record EncodingGuess(Charset charset, String text, boolean sure, String basis, List<Candidate> candidates) {

    /** One possible reading of the bytes, with an excerpt around its first non-ASCII text. */
    public record Candidate(Charset charset, String preview, double plausibility) {
        public Candidate {
            Objects.requireNonNull(charset, "charset");
            Objects.requireNonNull(preview, "preview");
        }

        /** The name to show and to pass to {@code --encoding}. */
        public String name() {
            return EncodingDetector.displayName(charset);
        }
    }

    public EncodingGuess {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(basis, "basis");
        candidates = List.copyOf(candidates);
    }

    /** True when the bytes needed no guessing (a BOM, ASCII or valid UTF-8): nothing worth a note. */
    public boolean isPlainUnicode() {
        return basis.equals(EncodingDetector.BASIS_BOM) || basis.equals(EncodingDetector.BASIS_UTF8);
    }

    /** "GB18030 or Big5": the candidates' names for a message. */
    public String candidateNames() {
        List<String> names = candidates.stream().map(Candidate::name).distinct().limit(3).toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? EncodingDetector.displayName(charset) : names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + names.get(names.size() - 1);
    }
}
