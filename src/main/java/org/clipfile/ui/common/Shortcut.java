package org.clipfile.ui.common;

import javafx.scene.input.KeyCombination;

/** Every keyboard shortcut, in one place: menus use them and the Help window lists them. */
public enum Shortcut {
    PASTE_CLIPPING("Shortcut+V", "shortcut.paste"),
    NEW_CLIPPING("Shortcut+N", "shortcut.new"),
    SAVE_NEW_CLIPPING("Shortcut+Enter", "shortcut.saveNew"),
    SAVE_EDIT("Shortcut+S", "shortcut.saveEdit"),
    FIND("Shortcut+F", "shortcut.find"),
    CLEAR_FILTERS("Esc", "shortcut.clear"),
    TAG_SELECTION("Shortcut+T", "shortcut.tag"),
    UNTAG_SELECTION("Shortcut+Shift+T", "shortcut.untag"),
    DELETE("Delete", "shortcut.delete"),
    RESTORE("Shortcut+R", "shortcut.restore"),
    SHOW_TRASH("Shortcut+Shift+D", "shortcut.trash"),
    UNDO("Shortcut+Z", "shortcut.undo"),
    IMPORT_FILES("Shortcut+I", "shortcut.importFiles"),
    IMPORT_FOLDER("Shortcut+Shift+I", "shortcut.importFolder"),
    EXPORT("Shortcut+E", "shortcut.export"),
    EXPORT_SELECTION("Shortcut+Shift+E", "shortcut.exportSelection"),
    OPEN_ARCHIVE("Shortcut+O", "shortcut.open"),
    FOCUS_TABLE("Shortcut+1", "shortcut.focusTable"),
    FOCUS_TOPICS("Shortcut+2", "shortcut.focusTopics"),
    FOCUS_DATES("Shortcut+3", "shortcut.focusDates"),
    FOCUS_READER("Shortcut+4", "shortcut.focusReader"),
    HELP("F1", "shortcut.help"),
    QUIT("Shortcut+Q", "shortcut.quit");

    private final String keys;
    private final String messageKey;

    Shortcut(String keys, String messageKey) {
        this.keys = keys;
        this.messageKey = messageKey;
    }

    public KeyCombination combination() {
        return KeyCombination.keyCombination(keys.equals("Esc") ? "Esc" : keys);
    }

    /** The keys as this platform shows them (Ctrl+T, ⌘T). */
    public String displayKeys() {
        return combination().getDisplayText();
    }

    public String messageKey() {
        return messageKey;
    }
}
