package org.clipfile.bench.capture;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clipfile.archive.PublishedDate;
import org.clipfile.ingest.ClippingParseException;
import org.clipfile.ingest.ClippingFileReader;
import org.clipfile.ingest.ParsedClipping;

/**
 * Scores page capture on a folder of pages with expected answers: each {@code source.html} is read
 * exactly as {@code clipfile import} reads it (same decoding, same parser), nothing is stored, and
 * its text and date are compared with the expected ones. See src/docs/capture-quality.md.
 */
public final class CaptureQuality {

    private CaptureQuality() {
    }

    /** Scores every page under {@code dir}. */
    public static CaptureReport run(Path dir) throws IOException {
        List<PageScore> pages = new ArrayList<>();
        ClippingFileReader reader = new ClippingFileReader();
        for (CaptureCase c : CaptureCase.loadAll(dir)) {
            pages.add(score(c, reader));
        }
        return new CaptureReport(dir, pages);
    }

    /**
     * What differs on one page: the expected segments that were not kept ("-") and the kept
     * segments that are not expected ("+"), for finding what a rule gets wrong.
     */
    public static String differences(Path dir, String name) throws IOException {
        CaptureCase c = CaptureCase.loadAll(dir).stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new IOException("no page folder named " + name + " in " + dir));
        String text;
        StringBuilder out = new StringBuilder();
        try {
            ParsedClipping parsed = new ClippingFileReader().preview(c.source(), null);
            text = parsed.text();
            out.append("title: ").append(parsed.title()).append("\ndate: ").append(parsed.date()).append('\n');
        } catch (ClippingParseException e) {
            return "failed: " + e.getMessage() + "\n";
        }
        Map<String, Integer> kept = TextSegments.counts(TextSegments.ofText(text));
        Map<String, Integer> expected = TextSegments.counts(c.expectedSegments());
        for (String s : c.expectedSegments()) {
            if (kept.merge(s, -1, Integer::sum) < 0) {
                out.append("- ").append(s).append('\n');
            }
        }
        for (String s : TextSegments.ofText(text)) {
            if (expected.merge(s, -1, Integer::sum) < 0) {
                out.append("+ ").append(s).append('\n');
            }
        }
        return out.toString();
    }

    static PageScore score(CaptureCase c, ClippingFileReader reader) {
        ParsedClipping parsed = null;
        String failure = null;
        try {
            parsed = reader.preview(c.source(), null);
        } catch (ClippingParseException e) {
            failure = e.getMessage();
        } catch (RuntimeException e) {
            failure = "threw " + e; // the scorer must list a crash, not stop at it
        }
        String text = parsed == null ? "" : parsed.text();
        List<String> kept = TextSegments.ofText(text);
        int matched = TextSegments.overlap(TextSegments.counts(kept), TextSegments.counts(c.expectedSegments()));
        double f1 = shingleF1(text, c.expectedText());
        PublishedDate date = parsed == null ? null : parsed.date();
        return new PageScore(c.name(), c.news(), kept.size(), c.expectedSegments().size(), matched, f1,
                c.expectedDay(), date == null ? null : date.iso(), verdict(c.expectedDay(), date), failure);
    }

    static double shingleF1(String stored, String expected) {
        Map<String, Integer> got = TextSegments.shingles(stored);
        Map<String, Integer> want = TextSegments.shingles(expected);
        int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
        int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
        if (gotTotal == 0 || wantTotal == 0) {
            return gotTotal == wantTotal ? 1 : 0;
        }
        int shared = TextSegments.overlap(got, want);
        double p = (double) shared / gotTotal;
        double r = (double) shared / wantTotal;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static PageScore.DateVerdict verdict(LocalDate expected, PublishedDate stored) {
        if (expected == null) {
            return stored == null ? PageScore.DateVerdict.NONE : PageScore.DateVerdict.DATED_WITHOUT_EXPECTED;
        }
        if (stored == null) {
            return PageScore.DateVerdict.MISSED;
        }
        LocalDate start = stored.start();
        return switch (stored.precision()) {
            case DAY -> start.equals(expected) ? PageScore.DateVerdict.RIGHT : PageScore.DateVerdict.WRONG;
            case MONTH -> start.getYear() == expected.getYear() && start.getMonth() == expected.getMonth()
                    ? PageScore.DateVerdict.COARSE : PageScore.DateVerdict.WRONG;
            default -> start.getYear() == expected.getYear() ? PageScore.DateVerdict.COARSE : PageScore.DateVerdict.WRONG;
        };
    }
}
