package org.clipfile.ui.tags;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clipfile.archive.Tag;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.TagNode;
import org.clipfile.ui.common.TaskRunner;
import org.clipfile.ui.workspace.Workspace;

/** The topic tree: every tag with its count under the current filter, reloaded when either changes. */
public final class TagTreeViewModel {
    private final Workspace workspace;
    private final ObservableList<TagNode> roots = FXCollections.observableArrayList();
    private final ObservableList<String> activeTags = FXCollections.observableArrayList();
    private volatile long request;

    public TagTreeViewModel(Workspace workspace) {
        this.workspace = workspace;
        activeTags.setAll(workspace.filter().tags());
        workspace.filterProperty().addListener((o, a, b) -> {
            if (!a.tags().equals(b.tags())) {
                activeTags.setAll(b.tags());
            }
            reload();
        });
        workspace.revisionProperty().addListener((o, a, b) -> reload());
    }

    public ObservableList<TagNode> roots() {
        return roots;
    }

    /** Every tag's path, for autocomplete. */
    public ObservableList<String> allTagPaths() {
        return workspace.knownTags();
    }

    public void reload() {
        ClippingFilter filter = workspace.filter();
        long id = ++request;
        workspace.run(TaskRunner.Lane.SUMMARY, "task.tags", p -> {
            if (id != request) {
                return null; // a newer filter came while this waited: skip the work
            }
            List<TagNode> tree = workspace.services().search().tagTree(filter);
            List<String> paths = workspace.services().tags().all().stream().map(Tag::path).toList();
            return new Object[] {tree, paths};
        }, r -> {
            if (id == request && r != null) {
                @SuppressWarnings("unchecked")
                List<TagNode> tree = (List<TagNode>) r[0];
                @SuppressWarnings("unchecked")
                List<String> paths = (List<String>) r[1];
                roots.setAll(tree);
                if (!paths.equals(workspace.knownTags())) {
                    workspace.knownTags().setAll(paths);
                }
            }
        });
    }

    /** The tags the filter holds now; the tree highlights exactly these. */
    public ObservableList<String> activeTags() {
        return activeTags;
    }

    public boolean isInFilter(String path) {
        return workspace.filter().tags().stream().anyMatch(t -> t.equalsIgnoreCase(path));
    }

    public void showTag(String path) {
        workspace.showTag(path);
    }

    public void toggleTag(String path) {
        workspace.toggleTag(path);
    }

    public void tagSelection(String path) {
        workspace.tag(new ArrayList<>(workspace.selectedIds()), path);
    }

    public void untagSelection(String path) {
        workspace.untag(new ArrayList<>(workspace.selectedIds()), path);
    }

    public void tagClippings(List<Long> ids, String path) {
        workspace.tag(ids, path);
    }

    public void rename(String path) {
        workspace.dialogs().askText(workspace.messages().get("tag.rename.title"),
                workspace.messages().get("tag.rename.prompt", path), path, List.copyOf(workspace.knownTags()))
                .filter(n -> !n.equals(path))
                .ifPresent(n -> workspace.renameTag(path, n));
    }

    public void mergeInto(String path) {
        workspace.dialogs().askText(workspace.messages().get("tag.merge.title"),
                workspace.messages().get("tag.merge.prompt", path), "", List.copyOf(workspace.knownTags()))
                .filter(n -> !n.equalsIgnoreCase(path))
                .ifPresent(n -> merge(path, n));
    }

    /** Merges {@code source} onto {@code target} (a drag of one tag onto another), after asking. */
    public void merge(String source, String target) {
        if (source.equalsIgnoreCase(target)) {
            return;
        }
        if (workspace.dialogs().confirm(workspace.messages().get("tag.merge.title"),
                workspace.messages().get("tag.merge.confirm", source, target))) {
            workspace.renameTag(source, target);
        }
    }

    public void delete(String path) {
        workspace.deleteTag(path);
    }

    public boolean hasSelection() {
        return !workspace.selectedIds().isEmpty();
    }
}
