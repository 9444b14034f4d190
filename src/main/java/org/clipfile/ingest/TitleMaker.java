package org.clipfile.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Derives and shortens clipping titles. Stateless; package-private helper of the parsers. */
final class TitleMaker {

    static final int MAX_TITLE_LENGTH = 120;
    /** Below this a word-boundary cut would throw away too much (long URL, CJK): cut hard instead. */
    private static final int MIN_WORD_CUT = 40;
    private static final String ELLIPSIS = "…";

    private static final Pattern WHITESPACE_RUNS = Pattern.compile("[\\p{javaWhitespace}\\p{Z}]+");
    private static final String OPENING_QUOTES = "\"'“‘«「『";
    private static final String CLOSING_QUOTES = "\"'”’»」』";
    private static final String CLOSERS_AFTER_END = "\"'”’»」』)）]";
    private static final String TRAILING_JUNK_AT_CUT = ",;:-–—(“‘\"'";

    /** Words that end with a dot without ending a sentence ("Mr. Qin", "Jan. 5"). Lower case, no dot. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "adm", "col", "lt", "capt", "sgt",
            "st", "jr", "sr", "inc", "corp", "ltd", "co", "vs", "no", "nos", "approx", "dept", "est", "fig",
            "mt", "ft", "pres", "amb", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");

    private TitleMaker() {
    }

    /**
     * The first sentence of the first paragraph of {@code body}, without surrounding quotes or a
     * final full stop, shortened to {@link #MAX_TITLE_LENGTH}. Never blank for a non-blank body.
     */
    static String fromFirstSentence(String body) {
        String paragraph = firstParagraph(body);
        String sentence = oneLine(firstSentence(paragraph));
        String title = dropFinalFullStop(stripSurroundingQuotes(sentence)).strip();
        if (title.isBlank()) {
            title = sentence.isBlank() ? oneLine(paragraph) : sentence;
        }
        if (title.isBlank()) {
            title = oneLine(body);
        }
        return shorten(title.isBlank() ? "Untitled clipping" : title);
    }

    /** The first line of the body, when it stands alone as a headline. */
    static Optional<String> headline(String body) {
        int newline = body.indexOf('\n');
        if (newline < 0 || !body.startsWith("\n", newline + 1)) {
            return Optional.empty(); // no blank line after it, so it is the start of a paragraph
        }
        String line = body.substring(0, newline).strip();
        if (line.isEmpty() || line.length() >= MAX_TITLE_LENGTH || body.substring(newline).isBlank()) {
            return Optional.empty();
        }
        if (firstSentence(line).length() < line.length() || endsWithSentenceMark(line)) {
            return Optional.empty();
        }
        return Optional.of(shorten(oneLine(line)));
    }

    /** Collapses whitespace and cuts to at most 120 characters plus an ellipsis, at a word boundary when it can. */
    static String shorten(String title) {
        String s = oneLine(title);
        if (s.length() <= MAX_TITLE_LENGTH) {
            return s;
        }
        int space = s.lastIndexOf(' ', MAX_TITLE_LENGTH);
        int cut = space >= MIN_WORD_CUT ? space : MAX_TITLE_LENGTH;
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--; // never split an emoji or a rare CJK character in half
        }
        String head = s.substring(0, cut).strip();
        while (head.length() > 1 && TRAILING_JUNK_AT_CUT.indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).strip();
        }
        return head + ELLIPSIS;
    }

    static String oneLine(String s) {
        return WHITESPACE_RUNS.matcher(s).replaceAll(" ").strip();
    }

    private static String firstParagraph(String body) {
        String s = body.strip();
        int blank = s.indexOf("\n\n");
        return blank < 0 ? s : s.substring(0, blank);
    }

    /** Text up to and including the first sentence end (plus closing quotes), or all of it. */
    static String firstSentence(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean cjkEnd = c == '。' || c == '！' || c == '？';
            if (!cjkEnd && c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && CLOSERS_AFTER_END.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (cjkEnd) {
                return text.substring(0, end);
            }
            boolean atBoundary = end == text.length() || Character.isWhitespace(text.charAt(end));
            if (atBoundary && !(c == '.' && isAbbreviationBefore(text, i))) {
                return text.substring(0, end);
            }
        }
        return text;
    }

    /** Whether the dot at {@code dot} ends an abbreviation (Mr., U.S., J.) rather than a sentence. */
    private static boolean isAbbreviationBefore(String text, int dot) {
        int start = dot;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))
                && OPENING_QUOTES.indexOf(text.charAt(start - 1)) < 0 && text.charAt(start - 1) != '(') {
            start--;
        }
        String word = text.substring(start, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "John F. Kennedy"
        }
        if (word.indexOf('.') >= 0 && word.chars().allMatch(ch -> ch == '.' || Character.isLetter(ch))) {
            return true; // dotted abbreviation: "U.S.", "e.g."
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean endsWithSentenceMark(String line) {
        int end = line.length();
        while (end > 0 && CLOSERS_AFTER_END.indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?。！？".indexOf(line.charAt(end - 1)) >= 0;
    }

    private static String stripSurroundingQuotes(String s) {
        String t = s.strip();
        while (t.length() >= 2 && OPENING_QUOTES.indexOf(t.charAt(0)) >= 0
                && CLOSING_QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(1, t.length() - 1).strip();
        }
        // "“Quote,” she said." keeps its quotes; a lone leading quote on a cut sentence goes.
        if (t.length() >= 1 && OPENING_QUOTES.indexOf(t.charAt(0)) >= 0 && countQuotes(t) == 1) {
            t = t.substring(1).strip();
        }
        return t;
    }

    private static long countQuotes(String s) {
        return s.chars().filter(ch -> OPENING_QUOTES.indexOf(ch) >= 0 || CLOSING_QUOTES.indexOf(ch) >= 0).count();
    }

    private static String dropFinalFullStop(String s) {
        if (s.endsWith("。") || (s.endsWith(".") && !s.endsWith("..."))) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }
}
