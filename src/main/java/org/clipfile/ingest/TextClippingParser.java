package org.clipfile.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.DatePrecision;
import org.clipfile.archive.PublishedDate;

/**
 * Reads a plain-text or Markdown clipping as analysts save them: an optional {@code key: value}
 * header block or front matter, an optional leading {@code date 2023-06-14} marker (with the body
 * continuing on the same line), an optional {@code # Heading}, then the article.
 *
 * <p>The date comes only from the header, the leading marker, a dated wire dateline or the file
 * name, in that order. Dates mentioned inside the article are never used: a wrong date is worse
 * than none. A dateline is kept in the text; only its agency is taken as the source.
 *
 * <p>Title: an explicit one (header, front matter, {@code # Heading}); else a short first line
 * standing alone above a blank line (a headline, which is also kept in the body, so the text stays
 * exactly as clipped); else the first sentence. Titles are at most 120 characters plus {@code …}.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextClippingParser {

    private static final Pattern CONTROL_CHARS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern EXTRA_BLANK_LINES = Pattern.compile("\n{3,}");
    /** Whether anything visible is left: whitespace, separators, controls and format chars are not. */
    private static final Pattern VISIBLE = Pattern.compile("[^\\p{javaWhitespace}\\p{Z}\\p{Cc}\\p{Cf}]");

    private static final Pattern HEADER_LINE = Pattern.compile("\\s*([A-Za-z]+)\\s*:\\s*(.*)");
    private static final Set<String> HEADER_KEYS =
            Set.of("title", "date", "published", "source", "url", "link", "author", "by", "tags", "tag", "notes");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,;]");

    private static final Pattern FRONT_MATTER_FENCE = Pattern.compile("---\\s*");
    private static final Pattern FRONT_MATTER_END = Pattern.compile("(?:---|\\.\\.\\.)\\s*");
    private static final Pattern FRONT_MATTER_LINE = Pattern.compile("([A-Za-z_][\\w-]*)\\s*:\\s*(.*)");
    private static final Pattern FRONT_MATTER_ITEM = Pattern.compile("\\s*-\\s+(.*)");
    private static final Pattern FRONT_MATTER_OTHER = Pattern.compile("\\s+\\S.*|#.*");
    private static final int MAX_FRONT_MATTER_LINES = 60;

    /** {@code date 2023-06-14 China's ...} or {@code Date: June 14, 2023}. */
    private static final Pattern DATE_MARKER = Pattern.compile("\\s*date\\b\\s*:?\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern TRAILING_DATE_PUNCTUATION = Pattern.compile("[.,;:]+$");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^(?:[-–—|:]+)\\s+");
    /** "June 14, 2023" or "Wednesday, 14th of June 2023" is at most this many words. */
    private static final int MAX_DATE_WORDS = 6;
    private static final Pattern AMBIGUOUS_NUMERIC = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.]\\d{2,4}");

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*");

    private final DateRecognizer dates = new DateRecognizer();

    /**
     * Parses one clipping.
     *
     * @param content  the file's text or the pasted text
     * @param fileName the file's name (a path is fine) for its date; null for pasted text
     * @throws ClippingParseException if no article text is left (empty input, or a header only)
     */
    public ParsedClipping parse(String content, String fileName) throws ClippingParseException {
        List<String> lines = new ArrayList<>(List.of(normalise(content == null ? "" : content).split("\n", -1)));
        if (!isVisible(String.join("\n", lines))) {
            throw new ClippingParseException("The clipping is empty.");
        }
        Fields fields = new Fields();
        int pos = skipBlankLines(lines, 0);
        int afterHeader = readFrontMatter(lines, pos, fields);
        if (afterHeader == pos) {
            afterHeader = readHeaderBlock(lines, pos, fields);
        }
        boolean hadHeader = afterHeader != pos;
        pos = readLeadingLines(lines, skipBlankLines(lines, afterHeader), fields);
        if (fields.date == null) {
            takeDateLineAfterHeadline(lines, pos, fields);
        }

        String body = String.join("\n", lines.subList(pos, lines.size())).strip();
        if (!isVisible(body)) {
            throw new ClippingParseException(hadHeader ? "There is no text after the header." : "The clipping is empty.");
        }

        Optional<Dateline> dateline = dates.findDateline(body);
        dateline.ifPresent(d -> {
            if (fields.source == null || fields.sourceIsHost) {
                fields.source = d.source(); // the agency names the source better than a web address does
            }
            if (fields.date == null) {
                fields.date = d.date().orElse(null);
            }
        });
        if (fields.date == null) {
            fields.date = dates.findInFileName(fileName).orElse(null);
        }

        String title = fields.title != null ? TitleMaker.shorten(fields.title) : deriveTitle(body, dateline);
        return new ParsedClipping(title, body, fields.date, fields.source, fields.url, fields.author,
                List.copyOf(fields.tags), fields.notes());
    }

    private static String deriveTitle(String body, Optional<Dateline> dateline) {
        if (dateline.isEmpty()) {
            Optional<String> headline = TitleMaker.headline(body);
            if (headline.isPresent()) {
                return headline.get();
            }
        }
        // The dateline stays in the text but "BEIJING (Reuters) -" is no part of a title.
        String article = dateline.map(d -> body.substring(Math.min(d.length(), body.length()))).orElse(body);
        return TitleMaker.fromFirstSentence(isVisible(article) ? article : body);
    }

    /** Step 1: BOM, line ends, control characters, trailing spaces, runs of blank lines. */
    static String normalise(String content) {
        String s = content.replace("\uFEFF", "")
                .replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u0085', '\n').replace('\u2028', '\n').replace("\u2029", "\n\n");
        s = CONTROL_CHARS.matcher(s).replaceAll("");
        s = stripTrailingSpacePerLine(s);
        // Paragraphs are separated by one blank line; more carries no meaning in a clipping.
        return EXTRA_BLANK_LINES.matcher(s).replaceAll("\n\n").strip();
    }

    /** By hand rather than a {@code \\s+$} regex, which backtracks quadratically on long space runs. */
    private static String stripTrailingSpacePerLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            int end = line.length();
            while (end > 0 && isSpace(line.charAt(end - 1))) {
                end--;
            }
            out.append(line, 0, end).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isVisible(String s) {
        return VISIBLE.matcher(s).find();
    }

    /**
     * Step 2: {@code key: value} lines with known keys, ended by a blank line or the end of input.
     * One unknown key or non-header line and there is no header at all, so an article that starts
     * with "Note: the minister said" keeps its first line. Returns the position after the block.
     */
    private int readHeaderBlock(List<String> lines, int start, Fields fields) {
        int end = start;
        List<String[]> entries = new ArrayList<>();
        while (end < lines.size() && !lines.get(end).isBlank()) {
            Matcher m = HEADER_LINE.matcher(lines.get(end));
            if (!m.matches()) {
                return start;
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(2).strip();
            if (!HEADER_KEYS.contains(key) || (key.equals("date") && startsWithDateThenText(value))) {
                return start; // "Date: 2023-06-14 China's ..." is the sample shape, not a header
            }
            entries.add(new String[] {key, value});
            end++;
        }
        if (entries.isEmpty()) {
            return start;
        }
        for (String[] entry : entries) {
            fields.put(entry[0], entry[1], DateOrigin.HEADER, dates);
        }
        return end;
    }

    /**
     * A YAML-ish front matter block fenced by {@code ---}: flat {@code key: value} pairs, inline
     * {@code [a, b]} or dashed lists for tags. Unknown keys are ignored; anything that isn't simple
     * YAML means it isn't front matter and the text is left alone. Its date is METADATA.
     */
    private int readFrontMatter(List<String> lines, int start, Fields fields) {
        if (start >= lines.size() || !FRONT_MATTER_FENCE.matcher(lines.get(start)).matches()) {
            return start;
        }
        int limit = Math.min(lines.size(), start + 1 + MAX_FRONT_MATTER_LINES);
        int close = -1;
        for (int i = start + 1; i < limit; i++) {
            if (FRONT_MATTER_END.matcher(lines.get(i)).matches()) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return start;
        }
        List<String[]> entries = new ArrayList<>();
        String listKey = null;
        for (int i = start + 1; i < close; i++) {
            String line = lines.get(i);
            Matcher pair = FRONT_MATTER_LINE.matcher(line);
            Matcher item = FRONT_MATTER_ITEM.matcher(line);
            if (line.isBlank()) {
                continue;
            } else if (pair.matches()) {
                String key = pair.group(1).toLowerCase(Locale.ROOT);
                String value = unquote(pair.group(2).strip());
                listKey = value.isEmpty() ? key : null;
                if (value.startsWith("[") && value.endsWith("]")) {
                    value = value.substring(1, value.length() - 1);
                }
                entries.add(new String[] {key, value});
            } else if (item.matches() && listKey != null) {
                entries.add(new String[] {listKey, unquote(item.group(1).strip())});
            } else if (!FRONT_MATTER_OTHER.matcher(line).matches()) {
                return start;
            }
        }
        for (String[] entry : entries) {
            if (HEADER_KEYS.contains(entry[0]) && !entry[1].isEmpty()) {
                fields.put(entry[0], entry[1], DateOrigin.METADATA, dates);
            }
        }
        return close + 1;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /**
     * Steps 3–4: a leading date marker or date-only line, and a {@code # Heading}, in either
     * order. Returns the position of the body's first line (which may have been shortened).
     */
    private int readLeadingLines(List<String> lines, int start, Fields fields) {
        int pos = start;
        boolean progress = true;
        while (progress && pos < lines.size()) {
            progress = false;
            String line = lines.get(pos);
            if (fields.date == null) {
                Optional<DatePrefix> marked = leadingDate(line);
                if (marked.isPresent()) {
                    fields.date = marked.get().date();
                    if (marked.get().note() != null) {
                        fields.notes.add(marked.get().note());
                    }
                    if (marked.get().rest().isEmpty()) {
                        pos = skipBlankLines(lines, pos + 1);
                    } else {
                        lines.set(pos, marked.get().rest());
                    }
                    progress = true;
                    continue;
                }
            }
            Matcher heading = MARKDOWN_HEADING.matcher(line);
            // Joplin repeats the front matter's title as a heading: the same title once is enough.
            if (heading.matches() && !heading.group(1).isBlank()
                    && (fields.title == null || TitleMaker.oneLine(heading.group(1)).equals(TitleMaker.oneLine(fields.title)))) {
                fields.title = heading.group(1).strip();
                pos = skipBlankLines(lines, pos + 1);
                progress = true;
            }
        }
        return pos;
    }

    /**
     * "Headline / blank / 2023年6月14日 / blank / text": a line that is only a date, right under a
     * headline standing alone, is the article's date. The date line goes (as a leading one does);
     * the headline stays in the text.
     */
    private void takeDateLineAfterHeadline(List<String> lines, int pos, Fields fields) {
        if (pos + 2 >= lines.size() || !lines.get(pos + 1).isBlank()) {
            return;
        }
        String rest = String.join("\n", lines.subList(pos, lines.size()));
        if (TitleMaker.headline(rest).isEmpty()) {
            return;
        }
        int dateLine = skipBlankLines(lines, pos + 1);
        if (dateLine >= lines.size() || dateLine + 1 >= lines.size() || !lines.get(dateLine + 1).isBlank()) {
            return;
        }
        Optional<PublishedDate> date = dates.parse(lines.get(dateLine), DateOrigin.TEXT);
        if (date.isPresent()) {
            fields.date = date.get().withOrigin(DateOrigin.HEADER);
            lines.remove(dateLine);
            lines.remove(dateLine); // the blank line after it, so one blank line separates headline and text
        }
    }

    /** A date at the start of a body line, from a {@code date} marker or a line that is only a date. */
    private Optional<DatePrefix> leadingDate(String line) {
        Matcher marker = DATE_MARKER.matcher(line);
        if (marker.matches()) {
            Optional<DatePrefix> prefix = datePrefix(marker.group(1));
            if (prefix.isPresent()) {
                return prefix;
            }
            Optional<DatePrefix> unreadable = unreadableMarker(marker.group(1));
            if (unreadable.isPresent()) {
                return unreadable;
            }
        }
        // A bare date line needs at least a month: a lone "2023" opening a text is not a date.
        return dates.parse(line, DateOrigin.TEXT).map(d -> new DatePrefix(d.withOrigin(DateOrigin.HEADER), ""));
    }

    /**
     * "date 06/07/2023 Port strike ...", "date 2023-02-30 ...": a date marker whose date cannot be
     * read is still the marker. Its date-like words (those with a digit, month names) go, the
     * clipping stays undated, and a note says why. It must look like a date (a month name or
     * separated numbers): "Date night in Paris" and "date 2023 was a hard year" are not markers.
     */
    private Optional<DatePrefix> unreadableMarker(String text) {
        Matcher word = WORD.matcher(text);
        int end = 0;
        List<String> taken = new ArrayList<>();
        while (taken.size() < MAX_DATE_WORDS && word.find()) {
            String w = word.group();
            String bare = w.replaceAll("[.,;:]+$", "");
            boolean dateLike = bare.chars().anyMatch(Character::isDigit) || MonthNames.month(bare).isPresent()
                    || MonthNames.weekday(bare).isPresent() || bare.equalsIgnoreCase("of") && !taken.isEmpty();
            if (!dateLike) {
                break;
            }
            taken.add(bare);
            end = word.end();
        }
        // a date has a month name or separated numbers; "date 2023 was a hard year" and "date 5 people" have neither
        boolean dateShaped = taken.stream().anyMatch(w -> MonthNames.month(w).isPresent() || w.matches("\\d+[-/.]\\d+.*"));
        if (!dateShaped) {
            return Optional.empty();
        }
        String written = text.substring(0, end).strip();
        String rest = LEADING_SEPARATOR.matcher(text.substring(end).strip()).replaceFirst("");
        return Optional.of(new DatePrefix(null, rest, "Undated: the date marker \"" + written + "\" " + whyUnreadable(written) + "."));
    }

    private String whyUnreadable(String written) {
        Matcher numeric = AMBIGUOUS_NUMERIC.matcher(written);
        if (numeric.matches()) {
            int first = Integer.parseInt(numeric.group(1));
            int second = Integer.parseInt(numeric.group(2));
            if (first <= 12 && second <= 12) {
                return "could be day/month or month/day; write it as YYYY-MM-DD";
            }
        }
        boolean namedMonthDay = java.util.Arrays.stream(written.split("[\\s,.]+")).anyMatch(w -> MonthNames.month(w).isPresent())
                && written.matches(".*\\b\\d{1,2}\\b.*") && written.matches(".*\\b\\d{4}\\b.*");
        if (written.matches("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}") || numeric.matches() || namedMonthDay) {
            return "is not a day of the calendar";
        }
        return "is not a date Clipfile can read; write it as YYYY-MM-DD";
    }

    private boolean startsWithDateThenText(String value) {
        return dates.parseStated(value, DateOrigin.HEADER).isEmpty()
                && datePrefix(value).or(() -> unreadableMarker(value)).filter(p -> !p.rest().isEmpty()).isPresent();
    }

    /**
     * The longest run of leading words that is one date, and the text after it. A year alone only
     * counts when nothing follows ("Date: 2023"); "date 2023 was a hard year ..." is not dated.
     */
    private Optional<DatePrefix> datePrefix(String text) {
        List<Integer> wordEnds = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (wordEnds.size() < MAX_DATE_WORDS && word.find()) {
            wordEnds.add(word.end());
        }
        for (int words = wordEnds.size(); words >= 1; words--) {
            int end = wordEnds.get(words - 1);
            String candidate = text.substring(0, end);
            Optional<PublishedDate> date = dates.parseStated(candidate, DateOrigin.HEADER)
                    .or(() -> dates.parseStated(TRAILING_DATE_PUNCTUATION.matcher(candidate).replaceAll(""), DateOrigin.HEADER));
            String rest = LEADING_SEPARATOR.matcher(text.substring(end).strip()).replaceFirst("");
            if (date.isPresent() && (rest.isEmpty() || date.get().precision() != DatePrecision.YEAR)) {
                return Optional.of(new DatePrefix(date.get(), rest));
            }
        }
        return Optional.empty();
    }

    private static int skipBlankLines(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    /** A leading date (null if the marker's date could not be read), the text after it, and a note or null. */
    private record DatePrefix(PublishedDate date, String rest, String note) {
        DatePrefix(PublishedDate date, String rest) {
            this(date, rest, null);
        }
    }

    /** What the header-ish parts of one input said; local to one {@link #parse} call. */
    private static final class Fields {
        String title;
        PublishedDate date;
        String source;
        String url;
        String author;
        boolean sourceIsHost;
        final Set<String> tags = new LinkedHashSet<>();
        final List<String> notes = new ArrayList<>();

        void put(String key, String value, DateOrigin origin, DateRecognizer dates) {
            if (value.isEmpty()) {
                return;
            }
            switch (key) {
                case "title" -> title = title == null ? value : title;
                case "source" -> {
                    // Obsidian's and Joplin's exports put the page's address under "source".
                    if (value.startsWith("http://") || value.startsWith("https://")) {
                        url = url == null ? value : url;
                        if (source == null) {
                            source = HtmlClippingParser.hostOf(value);
                            sourceIsHost = source != null;
                        }
                    } else {
                        source = source == null ? value : source;
                    }
                }
                case "url", "link" -> url = url == null ? value : url;
                case "author", "by" -> author = author == null ? wikiLinkText(value) : author;
                case "notes" -> notes.add(value);
                case "tags", "tag" -> {
                    for (String tag : TAG_SEPARATORS.split(value)) {
                        String t = unquote(tag.strip()).strip();
                        if (!t.isEmpty()) {
                            tags.add(t);
                        }
                    }
                }
                case "date", "published" -> {
                    Optional<PublishedDate> parsed = dates.parseStated(value, origin);
                    if (parsed.isEmpty()) {
                        // Keep what the analyst typed where they will see it, rather than lose it.
                        notes.add("Unrecognised date: " + value);
                    } else if (date == null) {
                        date = parsed.get();
                    }
                }
                default -> {
                    // other keys carry nothing a clipping stores
                }
            }
        }

        /** Obsidian writes people as wiki links: {@code "[[Jane Doe]]"}. */
        private static String wikiLinkText(String value) {
            // "[A. Writer]" too: the front matter reader has already taken one bracket as an inline list
            String v = value;
            while (v.length() > 2 && v.startsWith("[") && v.endsWith("]")) {
                v = v.substring(1, v.length() - 1).strip();
            }
            return v;
        }

        String notes() {
            return notes.isEmpty() ? null : String.join("\n", notes);
        }
    }
}
