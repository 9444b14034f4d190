package org.clipfile.ui.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.clipfile.archive.Archive;
import org.clipfile.archive.Clipping;
import org.clipfile.archive.ClippingEdit;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.EditConflictException;
import org.clipfile.archive.TagPath;
import org.clipfile.archive.TagStore;
import org.clipfile.archive.TagSubtree;
import org.clipfile.ui.common.Dialogs;
import org.clipfile.ui.common.ErrorText;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.UndoStack;

/**
 * The changes the analyst makes to the archive from the window — tagging, the trash, edits of a
 * clipping, renaming and deleting topics — each run through the core on the task runner and each
 * undoable. A change tells the session (status line, revision) when it is done.
 */
public final class ArchiveEdits {
    private final Archive archive;
    private final ClippingStore store;
    private final TagStore tags;
    private final Browsing browsing;
    private final WindowSession session;
    private final Dialogs dialogs;
    private final Messages messages;
    private final UndoStack undo = new UndoStack();

    public ArchiveEdits(Archive archive, ClippingStore store, TagStore tags, Browsing browsing, WindowSession session,
            Dialogs dialogs, Messages messages) {
        this.archive = archive;
        this.store = store;
        this.tags = tags;
        this.browsing = browsing;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public UndoStack undoStack() {
        return undo;
    }

    // ---- tags -------------------------------------------------------------------------------

    /** Whether {@code typed} names no topic there is yet (a typo would silently make one). */
    public boolean isNewTag(String typed) {
        String key;
        try {
            key = TagPath.parse(typed).key();
        } catch (IllegalArgumentException e) {
            return false; // not a tag at all: the tagging itself says why
        }
        return browsing.knownTags().stream().noneMatch(t -> {
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
        session.run("task.tag", p -> {
            TagPath path = TagPath.parse(typedTag);
            String tag = path.display();
            // The tags this creates (the tag and any missing parents), deepest first: undo takes them away again.
            List<String> created = new ArrayList<>();
            for (int depth = path.depth(); depth >= 1; depth--) {
                String prefix = path.prefix(depth).display();
                if (tags.find(prefix).isEmpty()) {
                    created.add(prefix);
                }
            }
            List<Long> lacking = all.stream().filter(id -> !hasExplicitTag(id, tag)).toList();
            tags.assign(lacking, tag);
            return new TagChange(lacking, tag, true, created);
        }, change -> {
            undo.push(change);
            session.changed(messages.get("status.tagged", change.tag(), messages.clippings(change.ids().size())));
        });
    }

    /** Removes the tag from the clippings; undo gives it back to those that had it. */
    public void untag(Collection<Long> ids, String typedTag) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> all = List.copyOf(ids);
        session.run("task.untag", p -> {
            String tag = TagPath.parse(typedTag).display();
            List<Long> carrying = all.stream().filter(id -> hasExplicitTag(id, tag)).toList();
            tags.unassign(carrying, tag);
            return new TagChange(carrying, tag, false, List.of());
        }, change -> {
            undo.push(change);
            session.changed(messages.get("status.untagged", change.tag(), messages.clippings(change.ids().size())));
        });
    }

    private boolean hasExplicitTag(long id, String tag) {
        return tags.tagsOf(id).stream().anyMatch(t -> Browsing.sameTag(t, tag));
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
                    tags.unassign(ids, tag);
                }
                created.forEach(tags::deleteIfUnused); // no "Markets (0)" left behind
            } else {
                tags.assign(ids, tag);
            }
        }
    }

    /**
     * Renames (or moves) a tag; onto an existing tag it merges. Undo renames back, or for a merge
     * takes from the target what the merge added and gives the old tags back to their clippings.
     */
    public void renameTag(String from, String to) {
        session.run("task.renameTag", p -> {
            boolean merging = tags.find(to).isPresent();
            TagSubtree source = merging ? TagSubtree.read(archive, from) : null;
            TagSubtree target = merging ? TagSubtree.read(archive, to) : null;
            return new Renamed(tags.rename(from, to), source, target);
        }, done -> {
            TagStore.RenameResult r = done.result();
            if (r.tagsMerged() == 0) {
                undo.push(new SimpleChange(messages.get("undo.rename", from), () -> tags.rename(r.newPath(), from)));
            } else {
                undo.push(new SimpleChange(messages.get("undo.merge", from, r.newPath()), () -> {
                    done.target().takeBackAdditions(archive, tags);
                    done.source().restore(tags);
                }));
            }
            browsing.replaceTag(from, r.newPath());
            session.changed(messages.get(r.tagsMerged() > 0 ? "status.merged" : "status.renamed", from, r.newPath()));
        });
    }

    private record Renamed(TagStore.RenameResult result, TagSubtree source, TagSubtree target) {
    }

    /** Deletes a tag and the tags under it; undo gives every one of them back to its clippings. */
    public void deleteTag(String tag) {
        if (!dialogs.confirm(messages.get("tag.delete.title"), messages.get("tag.delete.confirm", tag))) {
            return;
        }
        session.run("task.deleteTag", p -> {
            TagSubtree before = TagSubtree.read(archive, tag);
            return new Deleted(tags.delete(tag), before);
        }, done -> {
            undo.push(new SimpleChange(messages.get("undo.deleteTag", tag), () -> done.before().restore(tags)));
            browsing.removeTag(tag);
            session.changed(messages.get("status.tagDeleted", tag, messages.clippings(done.clippings())));
        });
    }

    private record Deleted(int clippings, TagSubtree before) {
    }

    // ---- the trash and edits ----------------------------------------------------------------

    public void moveToTrash(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> all = List.copyOf(ids);
        session.run("task.delete", p -> store.moveToTrash(all), n -> {
            undo.push(new SimpleChange(messages.get("undo.delete", messages.clippings(n)), () -> store.restore(all)));
            session.changed(messages.get("status.deleted", messages.clippings(n)));
        });
    }

    public void restore(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> all = List.copyOf(ids);
        session.run("task.restore", p -> store.restore(all), n -> {
            undo.push(new SimpleChange(messages.get("undo.restore", messages.clippings(n)), () -> store.moveToTrash(all)));
            session.changed(messages.get("status.restored", messages.clippings(n)));
        });
    }

    public void emptyTrash() {
        if (!dialogs.confirm(messages.get("trash.empty.title"), messages.get("trash.empty.confirm"))) {
            return;
        }
        session.run("task.emptyTrash", p -> store.emptyTrash(), n -> {
            undo.clear(); // what was in the trash is gone for good; older undo steps may refer to it
            session.changed(messages.get("status.trashEmptied", messages.clippings(n)));
        });
    }

    /**
     * Saves an edit of a clipping, if the clipping is still as it was at {@code basedOn} (the
     * {@code updatedAt} of the version the editor began from); undo puts the previous version back.
     * {@code onConflict} gets the version stored now when someone saved in between (nothing was
     * written); {@code onFailure} gets the message of any other failure, so the editor keeps what was
     * typed and says why it was not saved.
     */
    public void saveEdit(long id, ClippingEdit edit, Instant basedOn, Consumer<Clipping> onSaved, Consumer<Clipping> onConflict,
            Consumer<String> onFailure) {
        session.runner().run(messages.get("task.save"), p -> {
            Clipping before = store.get(id).orElseThrow(() -> new IllegalArgumentException(messages.get("error.gone", id)));
            Clipping after = store.update(id, edit, basedOn);
            return new Clipping[] {before, after};
        }, pair -> {
            ClippingEdit previous = ClippingEdit.of(pair[0]);
            ClippingEdit savedEdit = ClippingEdit.of(pair[1]);
            undo.push(new SimpleChange(messages.get("undo.edit", shorten(pair[0].title())), () -> undoEdit(id, savedEdit, previous)));
            session.changed(messages.get("status.saved", shorten(pair[1].title())));
            onSaved.accept(pair[1]); // after: the editor may say more than "Saved"
        }, e -> {
            EditConflictException conflict = conflictIn(e);
            if (conflict != null) {
                onConflict.accept(conflict.stored());
                return;
            }
            session.reportDamage(e); // the edit stays in the editor either way, with the reason
            onFailure.accept(ErrorText.of(e));
        });
    }

    /**
     * Puts {@code previous} back, but only over the version this window saved: a colleague's later
     * change is never undone from here (checked, as every save is, against the version read).
     */
    private void undoEdit(long id, ClippingEdit saved, ClippingEdit previous) {
        Clipping now = store.get(id).orElseThrow(() -> new IllegalArgumentException(messages.get("error.gone", id)));
        if (!ClippingEdit.of(now).equals(saved)) {
            throw new IllegalArgumentException(messages.get("undo.edit.overtaken", shorten(now.title()),
                    now.changedBy() == null ? messages.get("conflict.someone") : now.changedBy()));
        }
        store.update(id, previous, now.updatedAt());
    }

    private static EditConflictException conflictIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EditConflictException c) {
                return c;
            }
        }
        return null;
    }

    // ---- undo -------------------------------------------------------------------------------

    public void undo() {
        undo.pop().ifPresent(change -> session.run("task.undo", p -> {
            change.revert();
            return change.description();
        }, d -> session.changed(messages.get("status.undone", d))));
    }

    private record SimpleChange(String description, Runnable action) implements UndoStack.Change {
        @Override
        public void revert() {
            action.run();
        }
    }

    static String shorten(String title) {
        String t = title == null ? "" : title.strip();
        return t.length() > 40 ? t.substring(0, 39) + "…" : t;
    }
}
