package org.clipfile.ui;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.Seams;
import org.clipfile.ui.common.Shortcut;
import org.clipfile.ui.common.Theme;
import org.clipfile.ui.checking.CheckViewModel;
import org.clipfile.ui.copying.CopyViewModel;
import org.clipfile.ui.statistics.StatisticsViewModel;
import org.clipfile.ui.exporting.ExportViewModel;
import org.clipfile.ui.importing.ImportViewModel;
import org.clipfile.ui.reader.ReaderViewModel;
import org.clipfile.ui.workspace.ArchiveEdits;
import org.clipfile.ui.workspace.Browsing;

/** The window's menu bar: File, Edit, View and Help, each item with its shortcut from {@link Shortcut}. */
final class WindowMenus {
    private final Messages m;

    private WindowMenus(Messages m) {
        this.m = m;
    }

    /** Everything the menus act on. */
    record Targets(WindowActions actions, WindowLayout layout, ImportViewModel importer, ExportViewModel exporter,
            CheckViewModel checker, CopyViewModel copier, StatisticsViewModel statistics, ReaderViewModel reader, ArchiveEdits edits, Browsing browsing, Seams seams, MainWindow.ArchiveSwitcher switcher,
            ObjectProperty<Theme> theme) {
    }

    static MenuBar build(Messages m, Targets t) {
        WindowMenus menus = new WindowMenus(m);
        MenuBar bar = new MenuBar(menus.file(t), menus.edit(t), menus.view(t), menus.help(t));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu file(Targets t) {
        MenuItem pasteNote = item("menu.paste", null, t.actions()::pasteClipping);
        pasteNote.setText(m.get("menu.paste") + "    (" + Shortcut.PASTE_CLIPPING.displayKeys() + ")");
        Menu file = new Menu(m.get("menu.file"));
        file.getItems().addAll(
                item("menu.new", Shortcut.NEW_CLIPPING, t.actions()::newClipping),
                pasteNote,
                new SeparatorMenuItem(),
                item("menu.importFiles", Shortcut.IMPORT_FILES, t.importer()::chooseFiles),
                item("menu.importFolder", Shortcut.IMPORT_FOLDER, t.importer()::chooseFolder),
                item("menu.importSamples", null, t.importer()::importSamples),
                item("menu.export", Shortcut.EXPORT, t.exporter()::exportFilter),
                item("menu.exportSelection", Shortcut.EXPORT_SELECTION, t.exporter()::exportSelection),
                copyMenu(t.copier()),
                new SeparatorMenuItem(),
                item("menu.stats", null, t.statistics()::show),
                item("menu.backup", null, t.exporter()::backUp),
                item("menu.check", null, t.checker()::check),
                item("menu.restoreBackup", null, t.switcher()::restoreFromBackup),
                new SeparatorMenuItem(),
                item("menu.openArchive", Shortcut.OPEN_ARCHIVE, () -> t.seams().dialogs().chooseArchiveToOpen()
                        .map(ArchiveAddress.File::new).ifPresent(t.switcher()::open)),
                item("menu.openTeamArchive", null, t.switcher()::openTeamArchive),
                item("menu.newArchive", null, () -> t.seams().dialogs().chooseNewArchive()
                        .map(ArchiveAddress.File::new).ifPresent(t.switcher()::open)),
                new SeparatorMenuItem(),
                item("menu.quit", Shortcut.QUIT, Platform::exit)); // the application's stop() saves settings and closes the archive
        return file;
    }

    /** File › Copy clippings: {@code clipfile copy --to} and {@code --from}, to or from a file or a team archive. */
    private Menu copyMenu(CopyViewModel copier) {
        Menu copy = new Menu(m.get("menu.copy"));
        copy.setId("menu-copy");
        copy.getItems().addAll(
                item("menu.copy.toFile", null, copier::toFile),
                item("menu.copy.toTeam", null, copier::toTeamArchive),
                new SeparatorMenuItem(),
                item("menu.copy.fromFile", null, copier::fromFile),
                item("menu.copy.fromTeam", null, copier::fromTeamArchive));
        return copy;
    }

    private Menu edit(Targets t) {
        ArchiveEdits edits = t.edits();
        MenuItem undo = item("menu.undo", Shortcut.UNDO, edits::undo);
        undo.disableProperty().bind(edits.undoStack().canUndoProperty().not());
        edits.undoStack().nextDescriptionProperty().addListener((o, a, b) ->
                undo.setText(b.isEmpty() ? m.get("menu.undo") : m.get("menu.undoWhat", b)));
        Menu edit = new Menu(m.get("menu.edit"));
        edit.getItems().addAll(undo, new SeparatorMenuItem(),
                item("menu.tag", Shortcut.TAG_SELECTION, t.actions()::tagSelection),
                item("menu.untag", Shortcut.UNTAG_SELECTION, t.actions()::untagSelection),
                new SeparatorMenuItem(),
                item("menu.delete", null, t.actions()::deleteSelection),
                item("menu.restore", Shortcut.RESTORE, t.actions()::restoreSelection),
                item("menu.emptyTrash", null, t.actions()::emptyTrash),
                new SeparatorMenuItem(),
                item("menu.save", null, t.reader()::save));
        return edit;
    }

    private Menu view(Targets t) {
        Browsing browsing = t.browsing();
        CheckMenuItem showTrash = new CheckMenuItem(m.get("menu.showTrash"));
        showTrash.setAccelerator(Shortcut.SHOW_TRASH.combination());
        showTrash.setOnAction(e -> browsing.setTrash(showTrash.isSelected()));
        browsing.filterProperty().addListener((o, a, b) -> showTrash.setSelected(b.trash()));
        CheckMenuItem dark = new CheckMenuItem(m.get("menu.darkTheme"));
        dark.setId("menu-darkTheme");
        dark.setSelected(t.theme().get() == Theme.DARK);
        dark.selectedProperty().addListener((o, was, now) -> t.theme().set(now ? Theme.DARK : Theme.LIGHT));
        // The theme outlives this window (File › Open builds a new one): a weak listener, held by the item.
        ChangeListener<Theme> follow = (o, a, b) -> dark.setSelected(b == Theme.DARK);
        dark.getProperties().put(ChangeListener.class, follow);
        t.theme().addListener(new WeakChangeListener<>(follow));
        WindowLayout layout = t.layout();
        Menu view = new Menu(m.get("menu.view"));
        view.getItems().addAll(
                item("menu.find", Shortcut.FIND, layout::focusSearch),
                item("menu.clear", null, browsing::clearFilters),
                showTrash,
                new SeparatorMenuItem(),
                item("menu.focusTable", Shortcut.FOCUS_TABLE, layout::focusTable),
                item("menu.focusTopics", Shortcut.FOCUS_TOPICS, layout::focusTopics),
                item("menu.focusDates", Shortcut.FOCUS_DATES, layout::focusDates),
                item("menu.focusReader", Shortcut.FOCUS_READER, layout::focusReader),
                new SeparatorMenuItem(),
                dark);
        return view;
    }

    private Menu help(Targets t) {
        Menu help = new Menu(m.get("menu.help"));
        help.getItems().addAll(item("menu.shortcuts", Shortcut.HELP, t.actions()::showHelp),
                item("menu.about", null, t.actions()::showAbout));
        return help;
    }

    private MenuItem item(String key, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(m.get(key));
        item.setId(key.replace('.', '-'));
        if (shortcut != null) {
            item.setAccelerator(shortcut.combination());
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
