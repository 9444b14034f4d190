package org.clipfile.ui.tags;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clipfile.archive.Tag;
import org.clipfile.archive.TagStore;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.TagNode;
import org.clipfile.ui.common.Dialogs;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.TaskRunner;
import org.clipfile.ui.workspace.ArchiveEdits;
import org.clipfile.ui.workspace.Browsing;
import org.clipfile.ui.workspace.WindowSession;

/** The topic tree: every tag with its count under the current filter, reloaded when either changes. */
public final class TagTreeViewModel {
    private final ClippingSearch search;
    private final TagStore tagStore;
    private final Browsing browsing;
    private final ArchiveEdits edits;
    private final WindowSession session;
    private final Dialogs dialogs;
    private final Messages messages;
    private final ObservableList<TagNode> roots = FXCollections.observableArrayList();
    private final ObservableList<String> activeTags = FXCollections.observableArrayList();
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private volatile long request;

    public TagTreeViewModel(ClippingSearch search, TagStore tagStore, Browsing browsing, ArchiveEdits edits,
            WindowSession session, Dialogs dialogs, Messages messages) {
        this.search = search;
        this.tagStore = tagStore;
        this.browsing = browsing;
        this.edits = edits;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        activeTags.setAll(browsing.filter().tags());
        browsing.filterProperty().addListener((o, a, b) -> {
            if (!a.tags().equals(b.tags())) {
                activeTags.setAll(b.tags());
            }
            reload();
        });
        session.revisionProperty().addListener((o, a, b) -> reload());
    }

    public ObservableList<TagNode> roots() {
        return roots;
    }

    /** False until the first tree with its counts has arrived: until then the pane says it is counting. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    /** Every tag's path, for autocomplete. */
    public ObservableList<String> allTagPaths() {
        return browsing.knownTags();
    }

    public void reload() {
        ClippingFilter filter = browsing.filter();
        long id = ++request;
        session.run(TaskRunner.Lane.SUMMARY, "task.tags", p -> {
            if (id != request) {
                return null; // a newer filter came while this waited: skip the work
            }
            List<TagNode> tree = search.tagTree(filter);
            List<String> paths = tagStore.all().stream().map(Tag::path).toList();
            return new Object[] {tree, paths};
        }, r -> {
            if (id == request && r != null) {
                @SuppressWarnings("unchecked")
                List<TagNode> tree = (List<TagNode>) r[0];
                @SuppressWarnings("unchecked")
                List<String> paths = (List<String>) r[1];
                roots.setAll(tree);
                loaded.set(true);
                if (!paths.equals(browsing.knownTags())) {
                    browsing.knownTags().setAll(paths);
                }
            }
        });
    }

    /** The tags the filter holds now; the tree highlights exactly these. */
    public ObservableList<String> activeTags() {
        return activeTags;
    }

    public boolean isInFilter(String path) {
        return browsing.filter().tags().stream().anyMatch(t -> t.equalsIgnoreCase(path));
    }

    public void showTag(String path) {
        browsing.showTag(path);
    }

    public void toggleTag(String path) {
        browsing.toggleTag(path);
    }

    public void tagSelection(String path) {
        edits.tag(new ArrayList<>(browsing.selectedIds()), path);
    }

    public void untagSelection(String path) {
        edits.untag(new ArrayList<>(browsing.selectedIds()), path);
    }

    public void tagClippings(List<Long> ids, String path) {
        edits.tag(ids, path);
    }

    public void rename(String path) {
        dialogs.askText(messages.get("tag.rename.title"),
                messages.get("tag.rename.prompt", path), path, List.copyOf(browsing.knownTags()))
                .filter(n -> !n.equals(path))
                .ifPresent(n -> edits.renameTag(path, n));
    }

    public void mergeInto(String path) {
        dialogs.askText(messages.get("tag.merge.title"),
                messages.get("tag.merge.prompt", path), "", List.copyOf(browsing.knownTags()))
                .filter(n -> !n.equalsIgnoreCase(path))
                .ifPresent(n -> merge(path, n));
    }

    /** Merges {@code source} onto {@code target} (a drag of one tag onto another), after asking. */
    public void merge(String source, String target) {
        if (source.equalsIgnoreCase(target)) {
            return;
        }
        if (dialogs.confirm(messages.get("tag.merge.title"),
                messages.get("tag.merge.confirm", source, target))) {
            edits.renameTag(source, target);
        }
    }

    public void delete(String path) {
        edits.deleteTag(path);
    }

    public boolean hasSelection() {
        return !browsing.selectedIds().isEmpty();
    }
}
