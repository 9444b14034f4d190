package org.clipfile.bench.capture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One page with its expected answer: a folder holding {@code source.html} (the page as saved),
 * {@code expected.html} (the article's text) and optionally {@code expected-metadata.json}
 * ({@code publishedTime}, {@code byline}).
 *
 * @param expectedDay the day the page was published as its publisher wrote it (the date part of
 *                    {@code publishedTime}, not shifted to any zone), or null if it says none
 * @param news        whether the page is a dated or signed article (its metadata has a
 *                    {@code publishedTime} or a {@code byline}): the "news" subset of the figures
 */
record CaptureCase(String name, Path source, List<String> expectedSegments, String expectedText,
                   LocalDate expectedDay, boolean news) {

    static final String SOURCE = "source.html";
    static final String EXPECTED = "expected.html";
    static final String METADATA = "expected-metadata.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    /** Every case in {@code dir}'s sub-folders (or {@code dir} itself if it is one), by name. */
    static List<CaptureCase> loadAll(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a folder");
        }
        if (isCase(dir)) {
            return List.of(load(dir));
        }
        List<CaptureCase> cases = new ArrayList<>();
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.sorted().toList()) {
                if (isCase(child)) {
                    cases.add(load(child));
                }
            }
        }
        if (cases.isEmpty()) {
            throw new IOException(dir + " holds no page folders (each needs " + SOURCE + " and " + EXPECTED + ")");
        }
        return cases;
    }

    private static boolean isCase(Path dir) {
        return Files.isRegularFile(dir.resolve(SOURCE)) && Files.isRegularFile(dir.resolve(EXPECTED));
    }

    static CaptureCase load(Path dir) throws IOException {
        String expectedHtml = Files.readString(dir.resolve(EXPECTED), StandardCharsets.UTF_8);
        List<String> segments = TextSegments.ofHtml(expectedHtml);
        LocalDate day = null;
        boolean news = false;
        Path metadata = dir.resolve(METADATA);
        if (Files.isRegularFile(metadata)) {
            JsonNode root;
            try {
                root = JSON.readTree(metadata.toFile());
            } catch (RuntimeException e) {
                throw new IOException(metadata + " is not valid JSON: " + e.getMessage());
            }
            String published = root.path("publishedTime").isString() ? root.path("publishedTime").stringValue() : null;
            day = dayOf(published);
            String byline = root.path("byline").isString() ? root.path("byline").stringValue() : null;
            news = published != null && !published.isBlank() || byline != null && !byline.isBlank();
        }
        return new CaptureCase(dir.getFileName().toString(), dir.resolve(SOURCE), segments,
                String.join("\n", segments), day, news);
    }

    /** "2015-07-10T09:53:00-04:00" → 2015-07-10: the day as the publisher wrote it. */
    static LocalDate dayOf(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(timestamp.strip());
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
