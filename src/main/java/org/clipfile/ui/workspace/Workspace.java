package org.clipfile.ui.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clipfile.archive.Clipping;
import org.clipfile.archive.ClippingEdit;
import org.clipfile.archive.TagPath;
import org.clipfile.archive.TagStore;
import org.clipfile.archive.TagSubtree;
import org.clipfile.search.ClippingFilter;
import org.clipfile.ui.common.Browser;
import org.clipfile.ui.common.Dialogs;
import org.clipfile.ui.common.ErrorText;
import org.clipfile.ui.common.Job;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.TaskRunner;
import org.clipfile.ui.common.UndoStack;

/**
 * The state every pane of the window shares: the current filter (with its chips), the selection,
 * a revision that moves whenever the archive changed, and the changes that can be undone. Every
 * change goes through the core on the task runner; none runs on the JavaFX thread.
 */
public final class Workspace {
    private final ArchiveServices services;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Browser browser;
    private final Messages messages;
    private final UndoStack undo = new UndoStack();
    private final ReadOnlyObjectWrapper<ClippingFilter> filter = new ReadOnlyObjectWrapper<>(ClippingFilter.ALL);
    private final ObservableList<FilterChip> chips = FXCollections.observableArrayList();
    private final ObservableList<Long> selectedIds = FXCollections.observableArrayList();
    private final ObservableList<String> knownTags = FXCollections.observableArrayList();
    private final LongProperty revision = new SimpleLongProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private boolean disposed;
    private Consumer<org.clipfile.archive.ArchiveDamagedException> onDamaged = e -> { };
    private boolean checkingVersion;
    /** The ids the last import added, so their filter reads "Just imported". */
    private List<Long> justImported = List.of();

    public Workspace(ArchiveServices services, TaskRunner runner, Dialogs dialogs, Browser browser, Messages messages) {
        this.services = services;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        // Every link the window opens passes here: web addresses only (see WebOnlyBrowser).
        this.browser = new org.clipfile.ui.common.WebOnlyBrowser(browser, this::refuseToOpen);
        filter.addListener((o, a, b) -> chips.setAll(chipsOf(b)));
    }

    public ArchiveServices services() {
        return services;
    }

    public TaskRunner runner() {
        return runner;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    public Messages messages() {
        return messages;
    }

    public UndoStack undoStack() {
        return undo;
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

    /** Moves whenever the archive changed (here or in another process): panes reload on it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    public StringProperty statusProperty() {
        return status;
    }

    // ---- the filter -------------------------------------------------------------------------

    public void setFilter(ClippingFilter f) {
        filter.set(f);
    }

    public void setQuery(String query) {
        String q = query == null || query.isBlank() ? null : query;
        if (!java.util.Objects.equals(q, filter().query())) {
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
        if (f.ids() != null) {
            out.add(new FilterChip(FilterChip.Kind.IDS, f.ids().equals(justImported) ? messages.get("chip.justImported", f.ids().size())
                    : f.ids().size() == 1 ? messages.get("chip.oneClipping", f.ids().get(0))
                    : messages.get("chip.clippings", messages.clippings(f.ids().size())), null));
        }
        return out;
    }

    static boolean sameTag(String a, String b) {
        try {
            return TagPath.parse(a).key().equals(TagPath.parse(b).key());
        } catch (IllegalArgumentException e) {
            return a.equalsIgnoreCase(b);
        }
    }

    // ---- changes, each undoable -------------------------------------------------------------

    /** Every topic's path, kept by the topic tree's loads: the tag inputs complete from it. */
    public ObservableList<String> knownTags() {
        return knownTags;
    }

    /** Whether {@code typed} names no topic there is yet (a typo would silently make one). */
    public boolean isNewTag(String typed) {
        String key;
        try {
            key = TagPath.parse(typed).key();
        } catch (IllegalArgumentException e) {
            return false; // not a tag at all: the tagging itself says why
        }
        return knownTags.stream().noneMatch(t -> {
            try {
                return TagPath.parse(t).key().equals(key);
            } catch (IllegalArgumentException e) {
                return false;
            }
        });
    }

    /** Asks before a typed tag creates a new topic; true when every tag exists or the analyst agreed. */
    public boolean confirmNewTags(Collection<String> typed) {
        for (String t : typed) {
            if (isNewTag(t) && !dialogs.confirm(messages.get("tag.new.title"), messages.get("tag.new.confirm", t.strip()),
                    messages.get("tag.new.action"))) {
                return false;
            }
        }
        return true;
    }

    /** Tags with what the analyst typed, after confirming a tag that does not exist yet. */
    public void tagTyped(Collection<Long> ids, String typedTag) {
        if (!ids.isEmpty() && confirmNewTags(List.of(typedTag))) {
            tag(ids, typedTag);
        }
    }

    /** Tags the clippings; undo removes the tag from those that did not have it before. */
    public void tag(Collection<Long> ids, String typedTag) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> all = List.copyOf(ids);
        run("task.tag", p -> {
            TagPath path = TagPath.parse(typedTag);
            String tag = path.display();
            // The tags this creates (the tag and any missing parents), deepest first: undo takes them away again.
            List<String> created = new ArrayList<>();
            for (int depth = path.depth(); depth >= 1; depth--) {
                String prefix = path.prefix(depth).display();
                if (services.tags().find(prefix).isEmpty()) {
                    created.add(prefix);
                }
            }
            List<Long> lacking = all.stream().filter(id -> !hasExplicitTag(id, tag)).toList();
            services.tags().assign(lacking, tag);
            return new TagChange(lacking, tag, true, created);
        }, change -> {
            undo.push(change);
            changed(messages.get("status.tagged", change.tag(), messages.clippings(change.ids().size())));
        });
    }

    /** Removes the tag from the clippings; undo gives it back to those that had it. */
    public void untag(Collection<Long> ids, String typedTag) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> all = List.copyOf(ids);
        run("task.untag", p -> {
            String tag = TagPath.parse(typedTag).display();
            List<Long> carrying = all.stream().filter(id -> hasExplicitTag(id, tag)).toList();
            services.tags().unassign(carrying, tag);
            return new TagChange(carrying, tag, false, List.of());
        }, change -> {
            undo.push(change);
            changed(messages.get("status.untagged", change.tag(), messages.clippings(change.ids().size())));
        });
    }

    private boolean hasExplicitTag(long id, String tag) {
        return services.tags().tagsOf(id).stream().anyMatch(t -> sameTag(t, tag));
    }

    private final class TagChange implements UndoStack.Change {
        private final List<Long> ids;
        private final String tag;
        private final boolean added;
        private final List<String> created;

        TagChange(List<Long> ids, String tag, boolean added, List<String> created) {
            this.ids = ids;
            this.tag = tag;
            this.added = added;
            this.created = created;
        }

        List<Long> ids() {
            return ids;
        }

        String tag() {
            return tag;
        }

        @Override
        public String description() {
            return messages.get(added ? "undo.tag" : "undo.untag", tag);
        }

        @Override
        public void revert() {
            if (added) {
                if (!ids.isEmpty()) {
                    services.tags().unassign(ids, tag);
                }
                created.forEach(services.tags()::deleteIfUnused); // no "Markets (0)" left behind
            } else {
                services.tags().assign(ids, tag);
            }
        }
    }

    public void moveToTrash(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> all = List.copyOf(ids);
        run("task.delete", p -> services.store().moveToTrash(all), n -> {
            undo.push(new SimpleChange(messages.get("undo.delete", messages.clippings(n)), () -> services.store().restore(all)));
            changed(messages.get("status.deleted", messages.clippings(n)));
        });
    }

    public void restore(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> all = List.copyOf(ids);
        run("task.restore", p -> services.store().restore(all), n -> {
            undo.push(new SimpleChange(messages.get("undo.restore", messages.clippings(n)), () -> services.store().moveToTrash(all)));
            changed(messages.get("status.restored", messages.clippings(n)));
        });
    }

    public void emptyTrash() {
        if (!dialogs.confirm(messages.get("trash.empty.title"), messages.get("trash.empty.confirm"))) {
            return;
        }
        run("task.emptyTrash", p -> services.store().emptyTrash(), n -> {
            undo.clear(); // what was in the trash is gone for good; older undo steps may refer to it
            changed(messages.get("status.trashEmptied", messages.clippings(n)));
        });
    }

    /**
     * Saves an edit of a clipping; undo puts the previous version back. {@code onFailure} gets the
     * message so the editor can keep what was typed and say why it was not saved.
     */
    public void saveEdit(long id, ClippingEdit edit, Consumer<Clipping> onSaved, Consumer<String> onFailure) {
        runner.run(messages.get("task.save"), p -> {
            Clipping before = services.store().get(id).orElseThrow(() -> new IllegalArgumentException(messages.get("error.gone", id)));
            Clipping after = services.store().update(id, edit);
            return new Clipping[] {before, after};
        }, pair -> {
            ClippingEdit previous = ClippingEdit.of(pair[0]);
            undo.push(new SimpleChange(messages.get("undo.edit", shorten(pair[0].title())),
                    () -> services.store().update(id, previous)));
            changed(messages.get("status.saved", shorten(pair[1].title())));
            onSaved.accept(pair[1]); // after: the editor may say more than "Saved"
        }, e -> {
            reportDamage(e); // the edit stays in the editor either way, with the reason
            onFailure.accept(ErrorText.of(e));
        });
    }

    /**
     * Renames (or moves) a tag; onto an existing tag it merges. Undo renames back, or for a merge
     * takes from the target what the merge added and gives the old tags back to their clippings.
     */
    public void renameTag(String from, String to) {
        run("task.renameTag", p -> {
            boolean merging = services.tags().find(to).isPresent();
            TagSubtree source = merging ? TagSubtree.read(services.archive(), from) : null;
            TagSubtree target = merging ? TagSubtree.read(services.archive(), to) : null;
            return new Renamed(services.tags().rename(from, to), source, target);
        }, done -> {
            TagStore.RenameResult r = done.result();
            if (r.tagsMerged() == 0) {
                undo.push(new SimpleChange(messages.get("undo.rename", from), () -> services.tags().rename(r.newPath(), from)));
            } else {
                undo.push(new SimpleChange(messages.get("undo.merge", from, r.newPath()), () -> {
                    done.target().takeBackAdditions(services.archive(), services.tags());
                    done.source().restore(services.tags());
                }));
            }
            replaceTagInFilter(from, r.newPath());
            changed(messages.get(r.tagsMerged() > 0 ? "status.merged" : "status.renamed", from, r.newPath()));
        });
    }

    private record Renamed(TagStore.RenameResult result, TagSubtree source, TagSubtree target) {
    }

    /** Deletes a tag and the tags under it; undo gives every one of them back to its clippings. */
    public void deleteTag(String tag) {
        if (!dialogs.confirm(messages.get("tag.delete.title"), messages.get("tag.delete.confirm", tag))) {
            return;
        }
        run("task.deleteTag", p -> {
            TagSubtree before = TagSubtree.read(services.archive(), tag);
            return new Deleted(services.tags().delete(tag), before);
        }, done -> {
            undo.push(new SimpleChange(messages.get("undo.deleteTag", tag), () -> done.before().restore(services.tags())));
            removeTag(tag);
            changed(messages.get("status.tagDeleted", tag, messages.clippings(done.clippings())));
        });
    }

    private record Deleted(int clippings, TagSubtree before) {
    }

    private void replaceTagInFilter(String from, String to) {
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

    public void undo() {
        undo.pop().ifPresent(change -> run("task.undo", p -> {
            change.revert();
            return change.description();
        }, d -> changed(messages.get("status.undone", d))));
    }

    private record SimpleChange(String description, Runnable action) implements UndoStack.Change {
        @Override
        public void revert() {
            action.run();
        }
    }

    // ---- plumbing ---------------------------------------------------------------------------

    /** Runs core work; failures become a clear message to the analyst. */
    public <T> void run(String taskKey, Job<T> job, Consumer<T> onSuccess) {
        run(TaskRunner.Lane.INTERACTIVE, taskKey, job, onSuccess);
    }

    public <T> void run(TaskRunner.Lane lane, String taskKey, Job<T> job, Consumer<T> onSuccess) {
        String name = messages.get(taskKey);
        runner.run(lane, name, job, new org.clipfile.ui.common.TaskListener<>(onSuccess, e -> fail(name, e), null));
    }

    public void fail(String what, Throwable e) {
        if (disposed) {
            return; // this archive was closed; its late failures concern no one
        }
        if (e instanceof org.clipfile.work.CancelledException) {
            status.set(messages.get("status.cancelled", what));
            return;
        }
        if (reportDamage(e)) {
            return;
        }
        dialogs.showError(messages.get("error.title", what), ErrorText.of(e));
    }

    /** Tells every pane the archive changed, and says what happened in the status bar. */
    public void changed(String message) {
        if (message != null) {
            status.set(message);
        }
        revision.set(revision.get() + 1);
    }

    /**
     * Polled every few seconds: notices another process's commits (the command line importing).
     * The core's watcher reads the writer connection's data_version, which moves only for other
     * programs' commits, so the window's own saves never trigger a second reload.
     */
    public void checkForExternalChanges() {
        if (checkingVersion) {
            return;
        }
        checkingVersion = true;
        runner.run(TaskRunner.Lane.SUMMARY, "data version", p -> services.watcher().changed(), new org.clipfile.ui.common.TaskListener<>(changed -> {
            checkingVersion = false;
            if (changed && !disposed) {
                changed(null);
            }
        }, e -> checkingVersion = false, null));
    }

    /**
     * If {@code e} says the archive file is damaged, hands it to the window (which offers the latest
     * backup instead of a bare error) and returns true. Editors call it before showing their own message.
     */
    public boolean reportDamage(Throwable e) {
        if (!disposed && e instanceof org.clipfile.archive.ArchiveDamagedException damaged) {
            onDamaged.accept(damaged);
            return true;
        }
        return false;
    }

    /** Who hears that a read or write found the archive file damaged (the window shell, to offer a backup). */
    public void setOnDamaged(Consumer<org.clipfile.archive.ArchiveDamagedException> handler) {
        onDamaged = handler;
    }

    /** This archive's window was replaced (another archive opened): stay quiet from now on. */
    public void dispose() {
        disposed = true;
    }

    /** Opens web addresses only: a clipping's url is data, and must not start a program or open a file. */
    public void openInBrowser(String url) {
        browser.open(url);
    }

    /** Shows an address that is not opened, and offers to copy it instead. */
    private void refuseToOpen(String address) {
        dialogs.showWithCopy(messages.get("error.url.title"), messages.get("error.url", address), address);
    }

    static String shorten(String title) {
        String t = title == null ? "" : title.strip();
        return t.length() > 40 ? t.substring(0, 39) + "…" : t;
    }
}
