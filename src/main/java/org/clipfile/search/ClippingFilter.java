package org.clipfile.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the analyst is looking at: all conditions must hold. Tags include everything under them
 * ({@code China-US} matches {@code China-US/Taiwan}); with {@code anyTag} one of the tags suffices.
 * Dates are inclusive and compare a clipping's published date (its first day for month or year
 * precision). {@code trash} looks in the trash instead of the archive.
 */
public record ClippingFilter(
        String query,
        List<String> tags,
        boolean anyTag,
        LocalDate from,
        LocalDate to,
        String source,
        boolean undatedOnly,
        List<Long> ids,
        boolean trash) {

    public static final ClippingFilter ALL = new ClippingFilter(null, List.of(), false, null, null, null, false, null, false);

    public ClippingFilter {
        tags = tags == null ? List.of() : List.copyOf(tags);
        ids = ids == null ? null : List.copyOf(ids);
        query = query == null || query.isBlank() ? null : query;
        source = source == null || source.isBlank() ? null : source.strip();
    }

    public ClippingFilter withQuery(String q) {
        return new ClippingFilter(q, tags, anyTag, from, to, source, undatedOnly, ids, trash);
    }

    public ClippingFilter withTags(List<String> newTags, boolean any) {
        return new ClippingFilter(query, newTags, any, from, to, source, undatedOnly, ids, trash);
    }

    public ClippingFilter withTag(String tag) {
        List<String> more = new ArrayList<>(tags);
        more.add(tag);
        return withTags(more, anyTag);
    }

    public ClippingFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new ClippingFilter(query, tags, anyTag, newFrom, newTo, source, false, ids, trash);
    }

    public ClippingFilter withUndatedOnly(boolean undated) {
        return new ClippingFilter(query, tags, anyTag, undated ? null : from, undated ? null : to, source, undated, ids, trash);
    }

    public ClippingFilter withSource(String newSource) {
        return new ClippingFilter(query, tags, anyTag, from, to, newSource, undatedOnly, ids, trash);
    }

    public ClippingFilter withIds(List<Long> newIds) {
        return new ClippingFilter(query, tags, anyTag, from, to, source, undatedOnly, newIds, trash);
    }

    public ClippingFilter inTrash(boolean inTrash) {
        return new ClippingFilter(query, tags, anyTag, from, to, source, undatedOnly, ids, inTrash);
    }

    /** True when nothing narrows the view (the trash flag aside). */
    public boolean isEmpty() {
        return query == null && tags.isEmpty() && from == null && to == null && source == null && !undatedOnly && ids == null;
    }
}
