package org.clipfile.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Works out which encoding a file is in. Certain cases first (byte-order mark, ASCII, valid
 * UTF-8), then a page's declared charset if the bytes fit it and read plausibly, then every
 * legacy encoding analysts meet (windows-1252, GB18030, Big5, Shift_JIS, EUC-KR, and whatever
 * juniversalchardet suggests), each decoded strictly and scored for how much its text looks like
 * real writing. Only a clear winner is "sure"; otherwise the caller must ask, because mojibake
 * stored silently is never noticed until it is too late.
 *
 * <p>Stateless and thread-safe.
 */
public final class EncodingDetector {
    static final String BASIS_BOM = "byte-order mark";
    static final String BASIS_UTF8 = "valid UTF-8";
    static final String BASIS_UTF16 = "UTF-16 without a byte-order mark (every other byte zero)";

    /** A winner must read at least this plausibly ... */
    private static final double MIN_SURE_SCORE = 0.6;
    /** ... and this much better than the runner-up. */
    private static final double MIN_SURE_MARGIN = 0.25;
    /**
     * A detected (not declared) encoding needs at least this many non-ASCII characters to be sure:
     * with fewer, "café" in windows-1250 and windows-1252 look alike and statistics mean nothing.
     */
    private static final int MIN_SURE_EVIDENCE = 4;
    /** Candidates scoring below this are not offered to the analyst. */
    private static final double MIN_CANDIDATE_SCORE = 0.0;
    /** Scoring more text than this changes nothing but the time taken. */
    private static final int MAX_SCORED_CHARS = 64 * 1024;
    private static final int PREVIEW_CHARS = 240;

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
    /** Microsoft's Shift_JIS, which every Japanese Windows file is really in (it adds ① and NEC's symbols). */
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    private static final Charset EUC_KR = Charset.forName("EUC-KR");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<Charset> LEGACY = List.of(WINDOWS_1252, GB18030, BIG5, SHIFT_JIS, EUC_KR);

    /** The most common Han characters: GB2312 level 1 (simplified) and Big5 level 1 (traditional). */
    private static final BitSet COMMON_HAN = commonHan();

    private EncodingDetector() {
    }

    /** Same as {@link #guess(byte[], String)} with no declared charset. */
    public static EncodingGuess guess(byte[] bytes) throws TextDecoder.UndecodableException {
        return guess(bytes, null);
    }

    /**
     * Guesses the encoding of {@code bytes}.
     *
     * @param declared a charset the file names for itself (an HTML {@code <meta charset>}), or null
     * @throws TextDecoder.UndecodableException if the bytes are binary, or no encoding reads them
     */
    public static EncodingGuess guess(byte[] bytes, String declared) throws TextDecoder.UndecodableException {
        Optional<EncodingGuess> certain = certain(bytes);
        if (certain.isPresent()) {
            return certain.get();
        }

        Optional<Charset> declaredCharset = charsetFor(declared).filter(c -> !c.equals(StandardCharsets.UTF_8));
        String detected = detect(bytes);
        Set<Charset> tried = new LinkedHashSet<>();
        declaredCharset.ifPresent(tried::add);
        charsetFor(detected).ifPresent(tried::add);
        tried.addAll(LEGACY);

        List<Reading> readings = new ArrayList<>();
        for (Charset charset : tried) {
            Optional<Reading> reading = read(bytes, charset);
            reading.ifPresent(readings::add);
        }
        if (readings.isEmpty()) {
            throw new TextDecoder.UndecodableException("not text in any encoding Clipfile knows"
                    + " (not UTF-8, windows-1252, GB18030, Big5, Shift_JIS or EUC-KR)");
        }

        if (declaredCharset.isPresent()) {
            Optional<Reading> asDeclared = readings.stream().filter(r -> r.charset.equals(declaredCharset.get())).findFirst();
            if (asDeclared.isPresent() && asDeclared.get().score >= MIN_SURE_SCORE - MIN_SURE_MARGIN) {
                // The page's own declaration, borne out by the bytes: what a browser would show.
                return asDeclared.get().toGuess(true, "declared in the file (" + declared.strip() + ")", readings);
            }
        }

        Charset detectorChoice = charsetFor(detected).orElse(null);
        readings.sort(Comparator.comparingDouble((Reading r) -> -(r.score + (r.charset.equals(detectorChoice) ? 0.05 : 0))));
        Reading best = readings.get(0);
        double runnerUp = readings.size() > 1 ? readings.get(1).score : Double.NEGATIVE_INFINITY;
        boolean enoughEvidence = nonAscii(best.text) >= MIN_SURE_EVIDENCE;
        boolean sure = enoughEvidence && best.score >= MIN_SURE_SCORE && best.score - runnerUp >= MIN_SURE_MARGIN;
        String basis = sure ? "detected" : !enoughEvidence ? "unsure: too few non-ASCII characters to tell"
                : "unsure: several encodings read these bytes";
        return best.toGuess(sure, basis, readings);
    }

    /**
     * The reading that needs no guess, if there is one: a byte-order mark, or valid UTF-8 (ASCII
     * included). Legacy multi-byte text is practically never valid UTF-8 by accident.
     *
     * @throws TextDecoder.UndecodableException if the bytes are binary or contradict their BOM
     */
    public static Optional<EncodingGuess> certain(byte[] bytes) throws TextDecoder.UndecodableException {
        Optional<EncodingGuess> bom = byBom(bytes);
        if (bom.isPresent()) {
            return bom;
        }
        Optional<EncodingGuess> utf16 = utf16WithoutBom(bytes);
        if (utf16.isPresent()) {
            return utf16;
        }
        if (TextDecoder.looksBinary(bytes)) {
            throw new TextDecoder.UndecodableException("a binary file, not text");
        }
        String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return Optional.of(new EncodingGuess(StandardCharsets.UTF_8, utf8, true, BASIS_UTF8,
                    List.of(new EncodingGuess.Candidate(StandardCharsets.UTF_8, preview(utf8), 1.0))));
        }
        return Optional.empty();
    }

    /**
     * The charset an analyst or a page means by {@code name}, widened to the superset that real
     * files use (GB2312 and GBK to GB18030, Latin-1 to windows-1252 as browsers do, Shift_JIS to
     * windows-31j). Empty for an unknown or blank name.
     */
    public static Optional<Charset> charsetFor(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (n) {
            case "gb2312", "gbk", "x-gbk", "cp936", "gb18030", "euc-cn", "x-euc-cn", "hz-gb-2312" -> {
                return Optional.of(GB18030);
            }
            case "iso-8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252" -> {
                return Optional.of(WINDOWS_1252);
            }
            case "shift-jis", "sjis", "x-sjis", "ms932", "cp932", "windows-31j", "ms-kanji" -> {
                return Optional.of(SHIFT_JIS);
            }
            case "big5", "big-5", "cp950", "x-windows-950" -> {
                return Optional.of(BIG5);
            }
            default -> {
                try {
                    return Optional.of(Charset.forName(name.strip()));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return Optional.empty();
                }
            }
        }
    }

    /** The name an analyst knows the charset by (windows-31j is Shift_JIS to them). */
    public static String displayName(Charset charset) {
        return charset.equals(SHIFT_JIS) ? "Shift_JIS" : charset.name();
    }

    /**
     * Decodes strictly in {@code charset} (for a preview in the analyst's chosen encoding); empty if
     * the bytes are not valid in it. Big5 falls back to its Hong Kong superset.
     */
    public static Optional<String> decode(byte[] bytes, Charset charset) {
        int skip = charset.equals(StandardCharsets.UTF_8) && TextDecoder.startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String text = tryDecode(bytes, skip, charset);
        if (text == null && charset.equals(BIG5)) {
            text = tryDecode(bytes, 0, BIG5_HKSCS);
        }
        return Optional.ofNullable(text);
    }

    /**
     * UTF-16 saved without a byte-order mark (some Windows tools do): Latin-script text then has a
     * zero byte in every other position, which is also what makes it look binary. Taken only when
     * the zeros keep to one parity, the bytes are valid UTF-16 and the text has no NULs or runs of
     * control characters; anything else is left to the binary check.
     */
    static Optional<EncodingGuess> utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 8192) & ~1;
        if (n < 4 || bytes.length % 2 != 0) {
            return Optional.empty();
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            zeroEven += bytes[i] == 0 ? 1 : 0;
            zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        Charset charset;
        if (zeroOdd * 10 >= pairs * 3 && zeroEven * 50 <= pairs) {
            charset = StandardCharsets.UTF_16LE;
        } else if (zeroEven * 10 >= pairs * 3 && zeroOdd * 50 <= pairs) {
            charset = StandardCharsets.UTF_16BE;
        } else {
            return Optional.empty();
        }
        String text = tryDecode(bytes, 0, charset);
        if (text == null) {
            return Optional.empty();
        }
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (text.indexOf('\0') >= 0 || control * 10 > text.length()) {
            return Optional.empty();
        }
        return Optional.of(new EncodingGuess(charset, text, true, BASIS_UTF16,
                List.of(new EncodingGuess.Candidate(charset, preview(text), 1.0))));
    }

    private static Optional<EncodingGuess> byBom(byte[] bytes) throws TextDecoder.UndecodableException {
        Charset charset;
        int skip;
        if (TextDecoder.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (TextDecoder.startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (TextDecoder.startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            return Optional.empty();
        }
        String text = tryDecode(bytes, skip, charset);
        if (text == null) {
            throw new TextDecoder.UndecodableException("starts with a " + charset.name()
                    + " byte-order mark but is not valid " + charset.name() + " text");
        }
        return Optional.of(new EncodingGuess(charset, text, true, BASIS_BOM,
                List.of(new EncodingGuess.Candidate(charset, preview(text), 1.0))));
    }

    private static String detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    private static Optional<Reading> read(byte[] bytes, Charset charset) {
        return decode(bytes, charset).map(text -> new Reading(charset, text, plausibility(text)));
    }

    /** A reading of the bytes in one charset, and how much it looks like real writing. */
    private record Reading(Charset charset, String text, double score) {
        EncodingGuess toGuess(boolean sure, String basis, List<Reading> all) {
            List<EncodingGuess.Candidate> candidates = new ArrayList<>();
            candidates.add(new EncodingGuess.Candidate(charset, preview(text), score));
            all.stream()
                    .filter(r -> r != this && r.score >= MIN_CANDIDATE_SCORE)
                    .sorted(Comparator.comparingDouble((Reading r) -> -r.score))
                    .forEach(r -> candidates.add(new EncodingGuess.Candidate(r.charset, preview(r.text), r.score)));
            return new EncodingGuess(charset, text, sure, basis, candidates);
        }
    }

    /**
     * How much {@code text} looks like real writing rather than bytes read in the wrong encoding,
     * from -1.5 (garbage) to 1 (every non-ASCII character is common in some language). ASCII does
     * not count either way: every candidate reads it the same. Text with no non-ASCII is 1.
     *
     * <p>Why these weights: a wrong CJK reading produces rare Han characters, private-use or
     * half-width katakana; a wrong Latin reading of CJK bytes produces long runs of accented
     * letters and symbols. Real European text has short runs of accented letters inside words.
     */
    static double plausibility(String text) {
        int n = Math.min(text.length(), MAX_SCORED_CHARS);
        double sum = 0;
        int counted = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < n && text.charAt(runEnd) >= 0x80) {
                runEnd++;
            }
            sum += runScore(text, i, runEnd);
            counted += runEnd - i;
            i = runEnd;
        }
        return counted == 0 ? 1.0 : sum / counted;
    }

    /** Sum of the scores of the non-ASCII run {@code text[start, end)}. */
    private static double runScore(String text, int start, int end) {
        double sum = 0;
        int alphabetic = 0;
        boolean allAlphabetic = true;
        boolean latin = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            latin &= c < 0x250 || isTypography(c);
            if (isAlphabeticLetter(c)) {
                alphabetic++;
            } else if (!isTypography(c)) {
                allAlphabetic = false;
            }
            sum += charScore(c);
        }
        // Latin-script accented letters come one or two at a time inside words ("café", "Größe");
        // a run of them is the mark of CJK bytes read as windows-1252. Greek and Cyrillic words
        // are long runs of non-ASCII letters, so the rule is for Latin only.
        if (latin && (alphabetic > 3 || !allAlphabetic && end - start > 2)) {
            return -1.0 * (end - start);
        }
        return sum;
    }

    private static double charScore(char c) {
        if (c >= 0x80 && c <= 0x9F || c >= 0xE000 && c <= 0xF8FF || c == 0xFFFD
                || c >= 0xFF61 && c <= 0xFF9F || c >= 0x2500 && c <= 0x25FF
                || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF
                || Character.isSurrogate(c) || Character.getType(c) == Character.UNASSIGNED) {
            return -1.5; // control, private use, half-width kana, box drawing, rare ideographs
        }
        if (c >= 0x4E00 && c <= 0x9FFF) {
            return COMMON_HAN.get(c - 0x4E00) ? 1.0 : 0.25;
        }
        if (c >= 0x3040 && c <= 0x30FF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0x3000 && c <= 0x303F
                || c >= 0xFF01 && c <= 0xFF5E) {
            return 0.9; // kana, Hangul syllables, CJK punctuation, full-width forms
        }
        if (isAlphabeticLetter(c) || isTypography(c)) {
            return 1.0;
        }
        return -0.5; // other symbols: ¤ ¦ ¨ ¯ ´ ¸ and the like are rare in real text
    }

    private static boolean isAlphabeticLetter(char c) {
        Character.UnicodeScript script;
        try {
            script = Character.UnicodeScript.of(c);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return Character.isLetter(c) && (script == Character.UnicodeScript.LATIN
                || script == Character.UnicodeScript.GREEK || script == Character.UnicodeScript.CYRILLIC
                || script == Character.UnicodeScript.HEBREW || script == Character.UnicodeScript.ARABIC
                || script == Character.UnicodeScript.THAI);
    }

    /** Punctuation a word processor or a web page puts in ordinary text. */
    private static boolean isTypography(char c) {
        return c >= 0x2010 && c <= 0x2027 || c == 0x20AC || c == 0x2122 || c == 0xA0 || c == 0xAB || c == 0xBB
                || c == 0xB0 || c == 0xA7 || c == 0xA9 || c == 0xAE || c == 0xB7 || c == 0xA3 || c == 0xBF || c == 0xA1;
    }

    private static int nonAscii(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < MIN_SURE_EVIDENCE; i++) {
            if (text.charAt(i) >= 0x80) {
                n++;
            }
        }
        return n;
    }

    /** An excerpt around the first non-ASCII character, where encodings differ, on one line. */
    static String preview(String text) {
        int first = 0;
        while (first < text.length() && text.charAt(first) < 0x80) {
            first++;
        }
        int start = first >= text.length() ? 0 : Math.max(0, first - 40);
        int end = Math.min(text.length(), start + PREVIEW_CHARS);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String excerpt = text.substring(start, end).replaceAll("\\s+", " ").strip();
        return (start > 0 ? "…" : "") + excerpt + (end < text.length() ? "…" : "");
    }

    static String tryDecode(byte[] bytes, Charset charset) {
        return tryDecode(bytes, 0, charset);
    }

    private static String tryDecode(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Decodes the level-1 rows of GB2312 (0xB0A1–0xD7FE) and Big5 (0xA440–0xC67E) into one set. */
    private static BitSet commonHan() {
        BitSet common = new BitSet(0xA000 - 0x4E00);
        markDecoded(common, Charset.forName("GB2312"), 0xB0, 0xD7, 0xA1, 0xFE);
        markDecoded(common, BIG5, 0xA4, 0xC5, 0x40, 0x7E);
        markDecoded(common, BIG5, 0xA4, 0xC5, 0xA1, 0xFE);
        markDecoded(common, BIG5, 0xC6, 0xC6, 0x40, 0x7E);
        return common;
    }

    private static void markDecoded(BitSet set, Charset charset, int leadFrom, int leadTo, int trailFrom, int trailTo) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.IGNORE)
                .onUnmappableCharacter(CodingErrorAction.IGNORE);
        ByteBuffer pair = ByteBuffer.allocate(2);
        for (int lead = leadFrom; lead <= leadTo; lead++) {
            for (int trail = trailFrom; trail <= trailTo; trail++) {
                pair.clear();
                pair.put((byte) lead).put((byte) trail).flip();
                try {
                    CharBuffer chars = decoder.reset().decode(pair);
                    if (chars.length() == 1 && chars.charAt(0) >= 0x4E00 && chars.charAt(0) < 0xA000) {
                        set.set(chars.charAt(0) - 0x4E00);
                    }
                } catch (CharacterCodingException e) {
                    // an unassigned cell: nothing to mark
                }
            }
        }
    }
}
