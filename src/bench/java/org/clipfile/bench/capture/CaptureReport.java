package org.clipfile.bench.capture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The figures of one capture-quality run, as text for the console and as JSON. */
public final class CaptureReport {
    private final Path dir;
    private final List<PageScore> pages;

    CaptureReport(Path dir, List<PageScore> pages) {
        this.dir = dir;
        this.pages = List.copyOf(pages);
    }

    List<PageScore> pages() {
        return pages;
    }

    /** Segment precision over all pages: kept segments that are in the expected article / all kept. */
    public double segmentPrecision() {
        int kept = pages.stream().mapToInt(PageScore::keptSegments).sum();
        return kept == 0 ? 0 : (double) matched() / kept;
    }

    /** Segment recall over all pages: expected segments that were kept / all expected. */
    public double segmentRecall() {
        int expected = pages.stream().mapToInt(PageScore::expectedSegments).sum();
        return expected == 0 ? 0 : (double) matched() / expected;
    }

    public double segmentF() {
        double p = segmentPrecision();
        double r = segmentRecall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private int matched() {
        return pages.stream().mapToInt(PageScore::matchedSegments).sum();
    }

    /** Mean 4-token-shingle F1 of the pages that pass {@code filter}. */
    double meanShingleF1(Predicate<PageScore> filter) {
        return pages.stream().filter(filter).mapToDouble(PageScore::shingleF1).average().orElse(0);
    }

    public double meanShingleF1() {
        return meanShingleF1(p -> true);
    }

    public double newsShingleF1() {
        return meanShingleF1(PageScore::news);
    }

    long count(PageScore.DateVerdict verdict) {
        return pages.stream().filter(p -> p.date() == verdict).count();
    }

    long pagesStatingADate() {
        return pages.stream().filter(p -> p.expectedDay() != null).count();
    }

    /** Dates given on pages that state one: right + coarse + wrong. */
    long datesGiven() {
        return count(PageScore.DateVerdict.RIGHT) + count(PageScore.DateVerdict.COARSE) + count(PageScore.DateVerdict.WRONG);
    }

    /** Right day / pages that state a date. */
    public double dateAccuracy() {
        long stating = pagesStatingADate();
        return stating == 0 ? 0 : (double) count(PageScore.DateVerdict.RIGHT) / stating;
    }

    /** Right day / dates given on pages that state one. */
    public double datePrecision() {
        long given = datesGiven();
        return given == 0 ? 0 : (double) count(PageScore.DateVerdict.RIGHT) / given;
    }

    List<PageScore> failures() {
        return pages.stream().filter(p -> p.failure() != null).toList();
    }

    /** The figures, and with {@code verbose} one line per page. */
    public String text(boolean verbose) {
        StringBuilder out = new StringBuilder();
        if (verbose) {
            for (PageScore p : pages) {
                out.append(String.format(Locale.ROOT, "%-40s seg P %.2f R %.2f (%d/%d kept, %d expected)  shingle F1 %.3f  date %s%s%s%n",
                        p.name(), p.segmentPrecision(), p.segmentRecall(), p.matchedSegments(), p.keptSegments(), p.expectedSegments(),
                        p.shingleF1(), p.date().name().toLowerCase(Locale.ROOT),
                        p.date() == PageScore.DateVerdict.NONE ? "" : " (stored " + p.storedDay() + ", expected " + p.expectedDay() + ")",
                        p.failure() == null ? "" : "  FAILED: " + p.failure()));
            }
            out.append('\n');
        }
        long news = pages.stream().filter(PageScore::news).count();
        out.append(String.format(Locale.ROOT, "Capture quality on %d pages in %s%n", pages.size(), dir));
        out.append(String.format(Locale.ROOT, "  text, segments:  precision %.3f  recall %.3f  F %.3f%n",
                segmentPrecision(), segmentRecall(), segmentF()));
        out.append(String.format(Locale.ROOT, "  text, 4-word shingles: mean F1 %.3f (all pages), %.3f (%d news pages: with a byline or published time)%n",
                meanShingleF1(), newsShingleF1(), news));
        out.append(String.format(Locale.ROOT, "  date: right day on %d of %d pages stating one (accuracy %.3f); precision %.3f"
                        + " (%d right, %d wrong, %d month or year only, of %d given); %d missed%n",
                count(PageScore.DateVerdict.RIGHT), pagesStatingADate(), dateAccuracy(), datePrecision(),
                count(PageScore.DateVerdict.RIGHT), count(PageScore.DateVerdict.WRONG), count(PageScore.DateVerdict.COARSE),
                datesGiven(), count(PageScore.DateVerdict.MISSED)));
        out.append(String.format(Locale.ROOT, "  dated without an expected date: %d of %d pages%n",
                count(PageScore.DateVerdict.DATED_WITHOUT_EXPECTED), pages.size() - pagesStatingADate()));
        List<PageScore> failed = failures();
        out.append(String.format(Locale.ROOT, "  failed: %d%n", failed.size()));
        for (PageScore p : failed) {
            out.append("    ").append(p.name()).append(": ").append(p.failure()).append('\n');
        }
        return out.toString();
    }

    /** Writes the figures and every page's scores as JSON. */
    public void writeJson(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectNode root = json.createObjectNode();
        root.put("folder", dir.toString());
        root.put("pages", pages.size());
        root.put("segmentPrecision", segmentPrecision());
        root.put("segmentRecall", segmentRecall());
        root.put("segmentF", segmentF());
        root.put("meanShingleF1", meanShingleF1());
        root.put("newsShingleF1", newsShingleF1());
        root.put("newsPages", pages.stream().filter(PageScore::news).count());
        root.put("pagesStatingADate", pagesStatingADate());
        root.put("datesRight", count(PageScore.DateVerdict.RIGHT));
        root.put("datesWrong", count(PageScore.DateVerdict.WRONG));
        root.put("datesCoarse", count(PageScore.DateVerdict.COARSE));
        root.put("datesMissed", count(PageScore.DateVerdict.MISSED));
        root.put("dateAccuracy", dateAccuracy());
        root.put("datePrecision", datePrecision());
        root.put("datedWithoutExpectedDate", count(PageScore.DateVerdict.DATED_WITHOUT_EXPECTED));
        root.put("failed", failures().size());
        ArrayNode list = root.putArray("pageScores");
        for (PageScore p : pages) {
            ObjectNode o = list.addObject();
            o.put("name", p.name());
            o.put("news", p.news());
            o.put("keptSegments", p.keptSegments());
            o.put("expectedSegments", p.expectedSegments());
            o.put("matchedSegments", p.matchedSegments());
            o.put("shingleF1", p.shingleF1());
            o.put("expectedDay", p.expectedDay() == null ? null : p.expectedDay().toString());
            o.put("storedDate", p.storedDay());
            o.put("date", p.date().name());
            o.put("failure", p.failure());
        }
        json.writeValue(file.toFile(), root);
    }
}
