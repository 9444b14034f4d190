package org.clipfile.ui.tags;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import org.clipfile.search.TagNode;
import org.clipfile.ui.common.ClippingDrag;
import org.clipfile.ui.common.Messages;

/**
 * The topic tree. Click shows a tag, Ctrl-click (or Space) adds it to the tags that must match; drop
 * clippings on a tag to tag them, drop a tag on another to merge them.
 */
public final class TagTreePane {
    private final TreeView<TagNode> tree = new TreeView<>();
    private final TagTreeViewModel model;
    private final Messages m;
    private final Set<String> expanded = new HashSet<>();

    public TagTreePane(TagTreeViewModel model, Messages messages) {
        this.model = model;
        this.m = messages;
        tree.setId("tag-tree");
        tree.getStyleClass().add("tag-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(t -> new TagCell());
        tree.setOnKeyPressed(e -> {
            TreeItem<TagNode> item = tree.getSelectionModel().getSelectedItem();
            if (item == null || item.getValue() == null) {
                return;
            }
            String path = item.getValue().tag().path();
            if (e.getCode() == KeyCode.ENTER) {
                model.showTag(path);
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE) {
                model.toggleTag(path);
                e.consume();
            } else if (e.getCode() == KeyCode.F2) {
                model.rename(path);
                e.consume();
            }
        });
        model.roots().addListener((ListChangeListener<TagNode>) c -> rebuild());
        // The highlights show exactly the tags in the filter: redraw them whenever it changes, and let
        // go of a selected row whose tag has just left the filter ("Clear all", a removed chip).
        model.activeTags().addListener((ListChangeListener<String>) c -> {
            TreeItem<TagNode> selected = tree.getSelectionModel().getSelectedItem();
            if (selected != null && selected.getValue() != null && !model.isInFilter(selected.getValue().tag().path())) {
                tree.getSelectionModel().clearSelection();
            }
            tree.refresh();
        });
        rebuild();
    }

    /** Paths of the tree now shown, depth first: when a new result has the same shape, only counts change. */
    private java.util.List<String> shownShape = java.util.List.of();

    private void rebuild() {
        java.util.List<String> shape = new java.util.ArrayList<>();
        shapeOf(model.roots(), shape);
        if (shape.equals(shownShape) && tree.getRoot() != null) {
            // Each keystroke in the search box brings new counts for the same tags: set them in place
            // rather than rebuilding thousands of items on the JavaFX thread.
            update(tree.getRoot(), model.roots());
            return;
        }
        shownShape = shape;
        String selected = tree.getSelectionModel().getSelectedItem() == null || tree.getSelectionModel().getSelectedItem().getValue() == null
                ? null : tree.getSelectionModel().getSelectedItem().getValue().tag().path();
        TreeItem<TagNode> root = new TreeItem<>();
        for (TagNode n : model.roots()) {
            root.getChildren().add(item(n));
        }
        tree.setRoot(root);
        if (selected != null) {
            select(root, selected);
        }
    }

    private static void shapeOf(java.util.List<TagNode> nodes, java.util.List<String> into) {
        for (TagNode n : nodes) {
            into.add(n.tag().path());
            shapeOf(n.children(), into);
        }
    }

    private static void update(TreeItem<TagNode> parent, java.util.List<TagNode> nodes) {
        java.util.List<TreeItem<TagNode>> items = parent.getChildren();
        for (int i = 0; i < nodes.size(); i++) {
            TreeItem<TagNode> item = items.get(i);
            TagNode node = nodes.get(i);
            if (item.getValue().count() != node.count() || !item.getValue().tag().equals(node.tag())) {
                item.setValue(node);
            }
            update(item, node.children());
        }
    }

    private boolean select(TreeItem<TagNode> parent, String path) {
        for (TreeItem<TagNode> child : parent.getChildren()) {
            if (child.getValue().tag().path().equals(path)) {
                tree.getSelectionModel().select(child);
                return true;
            }
            if (select(child, path)) {
                return true;
            }
        }
        return false;
    }

    private TreeItem<TagNode> item(TagNode node) {
        TreeItem<TagNode> item = new TreeItem<>(node);
        for (TagNode child : node.children()) {
            item.getChildren().add(item(child));
        }
        String key = node.tag().path();
        item.setExpanded(expanded.contains(key));
        item.expandedProperty().addListener((o, a, b) -> {
            if (b) {
                expanded.add(key);
            } else {
                expanded.remove(key);
            }
        });
        return item;
    }

    private final class TagCell extends TreeCell<TagNode> {
        private final ContextMenu menu = menu();

        TagCell() {
            setOnMouseClicked(e -> {
                if (isEmpty() || getItem() == null || e.getButton() != MouseButton.PRIMARY || onDisclosure(e)) {
                    return; // the arrow only expands or collapses
                }
                String path = getItem().tag().path();
                if (e.isShortcutDown() || e.isControlDown()) {
                    model.toggleTag(path);
                } else {
                    model.showTag(path);
                }
            });
            setOnDragDetected(e -> {
                if (isEmpty() || getItem() == null) {
                    return;
                }
                Dragboard db = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(ClippingDrag.TAG_PATH, getItem().tag().path());
                db.setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (isEmpty() || getItem() == null) {
                    return;
                }
                Dragboard db = e.getDragboard();
                if (db.hasContent(ClippingDrag.CLIPPING_IDS)) {
                    e.acceptTransferModes(TransferMode.LINK, TransferMode.COPY, TransferMode.MOVE);
                } else if (db.hasContent(ClippingDrag.TAG_PATH) && !getItem().tag().path().equals(db.getContent(ClippingDrag.TAG_PATH))) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragEntered(e -> getStyleClass().add("drop-target"));
            setOnDragExited(e -> getStyleClass().removeAll("drop-target"));
            setOnDragDropped(e -> {
                Dragboard db = e.getDragboard();
                String target = getItem() == null ? null : getItem().tag().path();
                boolean done = false;
                if (target != null && db.hasContent(ClippingDrag.CLIPPING_IDS)) {
                    model.tagClippings(ClippingDrag.decode(db.getContent(ClippingDrag.CLIPPING_IDS)), target);
                    done = true;
                } else if (target != null && db.hasContent(ClippingDrag.TAG_PATH)) {
                    String source = (String) db.getContent(ClippingDrag.TAG_PATH);
                    e.setDropCompleted(true);
                    e.consume();
                    // Ask after the drop has finished, not inside the drag gesture.
                    javafx.application.Platform.runLater(() -> model.merge(source, target));
                    return;
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        private boolean onDisclosure(javafx.scene.input.MouseEvent e) {
            javafx.scene.Node arrow = getDisclosureNode();
            for (javafx.scene.Node n = e.getPickResult().getIntersectedNode(); n != null && n != this; n = n.getParent()) {
                if (n == arrow) {
                    return true;
                }
            }
            return false;
        }

        @Override
        protected void updateItem(TagNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll("active-tag", "zero-count");
            if (empty || node == null) {
                setText(null);
                setContextMenu(null);
                return;
            }
            setText(node.tag().name() + "  (" + node.count() + ")");
            if (model.isInFilter(node.tag().path())) {
                getStyleClass().add("active-tag");
            }
            if (node.count() == 0) {
                getStyleClass().add("zero-count");
            }
            if (getContextMenu() == null) {
                setContextMenu(menu);
            }
        }

        /** One menu per cell, acting on whatever tag the cell shows when an item is chosen. */
        private ContextMenu menu() {
            MenuItem tagSel = item("tag.menu.tagSelection", model::tagSelection);
            MenuItem untagSel = item("tag.menu.untagSelection", model::untagSelection);
            ContextMenu menu = new ContextMenu(item("tag.menu.show", model::showTag), item("tag.menu.add", model::toggleTag),
                    new SeparatorMenuItem(), tagSel, untagSel, new SeparatorMenuItem(),
                    item("tag.menu.rename", model::rename), item("tag.menu.merge", model::mergeInto), item("tag.menu.delete", model::delete));
            menu.setOnShowing(e -> List.of(tagSel, untagSel).forEach(i -> i.setDisable(!model.hasSelection())));
            return menu;
        }

        private MenuItem item(String key, java.util.function.Consumer<String> action) {
            MenuItem item = new MenuItem(m.get(key));
            item.setOnAction(e -> {
                if (getItem() != null) {
                    action.accept(getItem().tag().path());
                }
            });
            return item;
        }
    }

    /** The tree with the words shown over it until its first counts arrive (what the window lays out). */
    public Node view() {
        Label loading = new Label(m.get("topics.loading"));
        loading.setId("tag-tree-loading");
        loading.getStyleClass().add("placeholder-text");
        loading.visibleProperty().bind(model.loadedProperty().not());
        loading.setMouseTransparent(true);
        StackPane.setAlignment(loading, Pos.TOP_LEFT);
        loading.setPadding(new Insets(6, 8, 6, 8));
        return new StackPane(tree, loading);
    }

    public TreeView<TagNode> node() {
        return tree;
    }
}
