package org.clipfile.search;

import org.clipfile.archive.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clipfile.archive.Archive;
import org.clipfile.archive.Tag;
import org.clipfile.archive.TagStore;

/**
 * A filter's counts: how many, the topic tree with counts, the date histogram, and the archive's
 * statistics. Each read resolves the filter once and picks its engine once: the in-memory facets
 * when they are built, else SQL.
 */
final class FilterCounts {
    private final Archive archive;
    private final FacetIndex facets;
    private final FilterPlan.TagLookup tags;

    FilterCounts(Archive archive, FacetIndex facets, FilterPlan.TagLookup tags) {
        this.archive = archive;
        this.facets = facets;
        this.tags = tags;
    }

    /** A question for whichever engine answers this read. */
    @FunctionalInterface
    private interface Question<T> {
        T ask(Counter engine, FilterPlan plan, Connection c) throws SQLException;
    }

    private <T> T answer(ClippingFilter filter, Question<T> question) {
        return archive.read(c -> {
            FilterPlan plan = FilterPlan.resolve(c, filter, tags);
            Optional<T> fast = facets.use(c, s -> question.ask(new FacetCounter(c, s), plan, c));
            return fast.isPresent() ? fast.get() : question.ask(new SqlCounter(c), plan, c);
        });
    }

    List<String> warnings(ClippingFilter filter) {
        return archive.read(c -> FilterPlan.resolve(c, filter, tags).warnings);
    }

    long count(ClippingFilter filter) {
        return answer(filter, (engine, plan, c) -> engine.count(plan));
    }

    List<TagNode> tagTree(ClippingFilter filter) {
        if (filter.isEmpty() && !filter.trash()) { // kept counts answer it, outside the facets' lock
            return archive.read(c -> buildTree(TagStore.all(c), wholeArchiveTagCounts(c)));
        }
        return answer(filter, (engine, plan, c) -> buildTree(TagStore.all(c), engine.tagCounts(plan)));
    }

    List<MonthCount> months(ClippingFilter filter) {
        return answer(filter, (engine, plan, c) -> {
            List<MonthCount> out = new ArrayList<>();
            engine.months(plan).forEach((month, n) -> out.add(new MonthCount(month, n)));
            return out;
        });
    }

    List<YearCount> years(ClippingFilter filter) {
        return answer(filter, (engine, plan, c) -> {
            List<YearCount> out = new ArrayList<>();
            engine.years(plan).forEach((year, n) -> out.add(new YearCount(year, n)));
            return out;
        });
    }

    List<DayCount> days(ClippingFilter filter, LocalDate from, LocalDate to) {
        return answer(filter, (engine, plan, c) -> {
            List<DayCount> out = new ArrayList<>();
            engine.days(plan, from, to).forEach((day, n) -> out.add(new DayCount(day, n)));
            return out;
        });
    }

    ArchiveStats stats() {
        List<MonthCount> months = months(ClippingFilter.ALL);
        return archive.read(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT"
                    + " (SELECT count(*) FROM clipping" + SqlDialect.of(c).indexedBy(Sql.LIVE_BY_ID) + " WHERE deleted_at IS NULL),"
                    + " (SELECT count(*) FROM clipping WHERE deleted_at IS NULL AND published IS NULL),"
                    + " (SELECT count(*) FROM clipping WHERE deleted_at IS NOT NULL),"
                    + " (SELECT count(*) FROM tag),"
                    + " (SELECT min(published) FROM clipping WHERE deleted_at IS NULL),"
                    + " (SELECT max(published) FROM clipping WHERE deleted_at IS NULL),"
                    // Named: otherwise SQLite reads the 4.8 GB table for this one at 1M (3.6 s instead of 0.09 s).
                    + " (SELECT count(*) FROM clipping" + SqlDialect.of(c).indexedBy(Sql.LIVE_BY_DATE) + " WHERE deleted_at IS NULL AND precision = 'year')");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new ArchiveStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5) == null ? null : LocalDate.parse(rs.getString(5)),
                        rs.getString(6) == null ? null : LocalDate.parse(rs.getString(6)),
                        months, rs.getLong(7));
            }
        });
    }

    /** Maintained per-tag counts (schema V2) less what sits in the trash: no scan of the tag rows. */
    private static Map<Long, Long> wholeArchiveTagCounts(Connection c) throws SQLException {
        Map<Long, Long> counts = new HashMap<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT tag_id, clippings FROM tag_count WHERE clippings > 0");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getLong(1), rs.getLong(2));
            }
        }
        try (PreparedStatement ps = Sql.prepare(c, "SELECT ct.tag_id, count(*) FROM clipping c"
                + SqlDialect.of(c).orderedJoin() + "clipping_tag ct ON ct.clipping_id = c.id WHERE c.deleted_at IS NOT NULL GROUP BY ct.tag_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.merge(rs.getLong(1), -rs.getLong(2), Long::sum);
            }
        }
        counts.values().removeIf(n -> n <= 0);
        return counts;
    }

    static List<TagNode> buildTree(List<Tag> all, Map<Long, Long> counts) {
        Map<Long, List<Tag>> byParent = new HashMap<>();
        for (Tag t : all) {
            byParent.computeIfAbsent(t.parentId() == null ? -1L : t.parentId(), k -> new ArrayList<>()).add(t);
        }
        return nodes(byParent, -1L, counts);
    }

    private static List<TagNode> nodes(Map<Long, List<Tag>> byParent, long parent, Map<Long, Long> counts) {
        List<TagNode> out = new ArrayList<>();
        for (Tag t : byParent.getOrDefault(parent, List.of())) {
            out.add(new TagNode(t, counts.getOrDefault(t.id(), 0L), nodes(byParent, t.id(), counts)));
        }
        return out;
    }
}
