package org.clipfile.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the analyst is looking at: all conditions must hold. Tags include everything under them
 * ({@code China-US} matches {@code China-US/Taiwan}); with {@code anyTag} one of the tags suffices.
 * Dates are inclusive and compare a clipping's published date (its first day for month or year
 * precision). {@code source} and {@code author} match the whole field, case aside. {@code trash}
 * looks in the trash instead of the archive.
 *
 * <p>Each read resolves the filter once into a {@link FilterPlan}, which every engine answers: a
 * new field here needs one line in {@link FilterPlan#resolve} and nothing in the engines.
 */
public record ClippingFilter(
        String query,
        List<String> tags,
        boolean anyTag,
        LocalDate from,
        LocalDate to,
        String source,
        String author,
        boolean undatedOnly,
        List<Long> ids,
        boolean trash) {

    public static final ClippingFilter ALL = new ClippingFilter(null, List.of(), false, null, null, null, null, false, null, false);

    public ClippingFilter {
        tags = tags == null ? List.of() : List.copyOf(tags);
        ids = ids == null ? null : List.copyOf(ids);
        query = query == null || query.isBlank() ? null : query;
        source = source == null || source.isBlank() ? null : source.strip();
        author = author == null || author.isBlank() ? null : author.strip();
    }

    public ClippingFilter withQuery(String q) {
        return new ClippingFilter(q, tags, anyTag, from, to, source, author, undatedOnly, ids, trash);
    }

    public ClippingFilter withTags(List<String> newTags, boolean any) {
        return new ClippingFilter(query, newTags, any, from, to, source, author, undatedOnly, ids, trash);
    }

    public ClippingFilter withTag(String tag) {
        List<String> more = new ArrayList<>(tags);
        more.add(tag);
        return withTags(more, anyTag);
    }

    public ClippingFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new ClippingFilter(query, tags, anyTag, newFrom, newTo, source, author, false, ids, trash);
    }

    public ClippingFilter withUndatedOnly(boolean undated) {
        return new ClippingFilter(query, tags, anyTag, undated ? null : from, undated ? null : to, source, author, undated, ids, trash);
    }

    public ClippingFilter withSource(String newSource) {
        return new ClippingFilter(query, tags, anyTag, from, to, newSource, author, undatedOnly, ids, trash);
    }

    /** Clippings whose author is exactly this (case aside), as the source filter. */
    public ClippingFilter withAuthor(String newAuthor) {
        return new ClippingFilter(query, tags, anyTag, from, to, source, newAuthor, undatedOnly, ids, trash);
    }

    public ClippingFilter withIds(List<Long> newIds) {
        return new ClippingFilter(query, tags, anyTag, from, to, source, author, undatedOnly, newIds, trash);
    }

    public ClippingFilter inTrash(boolean inTrash) {
        return new ClippingFilter(query, tags, anyTag, from, to, source, author, undatedOnly, ids, inTrash);
    }

    /** The filter as an export's envelope records it: only what was set, under stable names. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (query != null) {
            m.put("query", query);
        }
        if (!tags.isEmpty()) {
            m.put("tags", tags);
            m.put("anyTag", anyTag);
        }
        if (from != null) {
            m.put("from", from.toString());
        }
        if (to != null) {
            m.put("to", to.toString());
        }
        if (source != null) {
            m.put("source", source);
        }
        if (author != null) {
            m.put("author", author);
        }
        if (undatedOnly) {
            m.put("undated", true);
        }
        if (ids != null) {
            m.put("ids", ids);
        }
        if (trash) {
            m.put("trash", true);
        }
        return m;
    }

    /** True when nothing narrows the view (the trash flag aside). */
    public boolean isEmpty() {
        return query == null && tags.isEmpty() && from == null && to == null && source == null && author == null && !undatedOnly && ids == null;
    }
}
