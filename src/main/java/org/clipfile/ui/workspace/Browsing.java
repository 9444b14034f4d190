package org.clipfile.ui.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clipfile.archive.TagPath;
import org.clipfile.search.ClippingFilter;
import org.clipfile.ui.common.Messages;

/**
 * What the analyst is looking at: the current filter (with its chips), the selection, the topics
 * there are, and which clippings the last import added. Every pane reads it; the filter changes
 * only through the methods here.
 */
public final class Browsing {
    private final Messages messages;
    private final ReadOnlyObjectWrapper<ClippingFilter> filter = new ReadOnlyObjectWrapper<>(ClippingFilter.ALL);
    private final ObservableList<FilterChip> chips = FXCollections.observableArrayList();
    private final ObservableList<Long> selectedIds = FXCollections.observableArrayList();
    private final ObservableList<String> knownTags = FXCollections.observableArrayList();
    /** The ids the last import added, so their filter reads "Just imported". */
    private List<Long> justImported = List.of();

    public Browsing(Messages messages) {
        this.messages = messages;
        filter.addListener((o, a, b) -> chips.setAll(chipsOf(b)));
    }

    public ReadOnlyObjectProperty<ClippingFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ClippingFilter filter() {
        return filter.get();
    }

    public ObservableList<FilterChip> chips() {
        return chips;
    }

    /** Ids of the clippings selected in the table, in table order (kept up to date by the table). */
    public ObservableList<Long> selectedIds() {
        return selectedIds;
    }

    /** Every topic's path, kept by the topic tree's loads: the tag inputs complete from it. */
    public ObservableList<String> knownTags() {
        return knownTags;
    }

    public void setFilter(ClippingFilter f) {
        filter.set(f);
    }

    public void setQuery(String query) {
        String q = query == null || query.isBlank() ? null : query;
        if (!Objects.equals(q, filter().query())) {
            filter.set(filter().withQuery(q));
        }
    }

    /** A plain click on a tag: show that tag (and everything under it) only. */
    public void showTag(String tag) {
        filter.set(filter().withTags(List.of(tag), filter().anyTag()));
    }

    /** A Ctrl-click on a tag: add it to the tags that must match, or take it out again. */
    public void toggleTag(String tag) {
        List<String> tags = new ArrayList<>(filter().tags());
        if (!tags.removeIf(t -> sameTag(t, tag))) {
            tags.add(tag);
        }
        filter.set(filter().withTags(tags, filter().anyTag()));
    }

    public void removeTag(String tag) {
        List<String> tags = new ArrayList<>(filter().tags());
        tags.removeIf(t -> sameTag(t, tag));
        filter.set(filter().withTags(tags, filter().anyTag()));
    }

    /** After a rename or merge: a filter on the old tag follows it to its new path. */
    void replaceTag(String from, String to) {
        List<String> tags = new ArrayList<>();
        boolean replaced = false;
        for (String t : filter().tags()) {
            if (sameTag(t, from)) {
                tags.add(to);
                replaced = true;
            } else {
                tags.add(t);
            }
        }
        if (replaced) {
            filter.set(filter().withTags(tags, filter().anyTag()));
        }
    }

    public void setAnyTag(boolean any) {
        if (any != filter().anyTag()) {
            filter.set(filter().withTags(filter().tags(), any));
        }
    }

    public void setDates(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        filter.set(filter().withDates(from, to));
    }

    /** Only clippings from this source (the reader's facet): the whole field, case aside. */
    public void showSource(String source) {
        filter.set(filter().withSource(source));
    }

    /** Only clippings by this author (the reader's facet): the whole field, case aside. */
    public void showAuthor(String author) {
        filter.set(filter().withAuthor(author));
    }

    public void showUndated() {
        filter.set(filter().withUndatedOnly(true));
    }

    public void showIds(List<Long> ids) {
        filter.set(filter().withIds(ids));
    }

    /**
     * After an import: exactly the clippings it added, whatever was filtered before, shown as a
     * "Just imported (42)" chip (its ✕ goes back to everything).
     */
    public void showJustImported(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        justImported = List.copyOf(ids);
        filter.set(ClippingFilter.ALL.withIds(justImported));
    }

    public void setTrash(boolean trash) {
        if (trash != filter().trash()) {
            filter.set(filter().inTrash(trash));
        }
    }

    /** The one-key reset: every condition goes, and the trash view too (it is shown as a chip like the rest). */
    public void clearFilters() {
        filter.set(ClippingFilter.ALL);
    }

    public void removeChip(FilterChip chip) {
        ClippingFilter f = filter();
        filter.set(switch (chip.kind()) {
            case QUERY -> f.withQuery(null);
            case TAG -> {
                List<String> tags = new ArrayList<>(f.tags());
                tags.remove(chip.value());
                yield f.withTags(tags, f.anyTag());
            }
            case DATES -> f.withDates(null, null);
            case UNDATED -> f.withUndatedOnly(false);
            case SOURCE -> f.withSource(null);
            case AUTHOR -> f.withAuthor(null);
            case IDS -> f.withIds(null);
            case TRASH -> f.inTrash(false);
        });
    }

    private List<FilterChip> chipsOf(ClippingFilter f) {
        List<FilterChip> out = new ArrayList<>();
        if (f.trash()) {
            out.add(new FilterChip(FilterChip.Kind.TRASH, messages.get("chip.trash"), null));
        }
        if (f.query() != null) {
            // The query as typed, quotes and all: a phrase shows as "trade deficit", not “"trade deficit"”.
            out.add(new FilterChip(FilterChip.Kind.QUERY, messages.get("chip.query", f.query()), f.query()));
        }
        for (String t : f.tags()) {
            out.add(new FilterChip(FilterChip.Kind.TAG, "#" + t, t));
        }
        if (f.from() != null || f.to() != null) {
            String label = (f.from() == null ? "…" : f.from().toString()) + " – " + (f.to() == null ? "…" : f.to().toString());
            out.add(new FilterChip(FilterChip.Kind.DATES, label, label));
        }
        if (f.undatedOnly()) {
            out.add(new FilterChip(FilterChip.Kind.UNDATED, messages.get("chip.undated"), null));
        }
        if (f.source() != null) {
            out.add(new FilterChip(FilterChip.Kind.SOURCE, messages.get("chip.source", f.source()), f.source()));
        }
        if (f.author() != null) {
            out.add(new FilterChip(FilterChip.Kind.AUTHOR, messages.get("chip.author", f.author()), f.author()));
        }
        if (f.ids() != null) {
            out.add(new FilterChip(FilterChip.Kind.IDS, f.ids().equals(justImported) ? messages.get("chip.justImported", f.ids().size())
                    : f.ids().size() == 1 ? messages.get("chip.oneClipping", f.ids().get(0))
                    : messages.get("chip.clippings", messages.clippings(f.ids().size())), null));
        }
        return out;
    }

    /** Whether two typed tags name the same topic (case and spacing aside). */
    static boolean sameTag(String a, String b) {
        try {
            return TagPath.parse(a).key().equals(TagPath.parse(b).key());
        } catch (IllegalArgumentException e) {
            return a.equalsIgnoreCase(b);
        }
    }
}
