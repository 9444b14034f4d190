package org.clipfile.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The window's dialogs behind one seam, so tests answer them instead of a person. */
public interface Dialogs {
    List<Path> chooseFilesToImport();

    Optional<Path> chooseFolderToImport();

    Optional<Path> chooseExportFile(String suggestedName);

    Optional<Path> chooseArchiveToOpen();

    Optional<Path> chooseNewArchive();

    /** Where to write a backup of the whole archive (an archive file); the dialog asks before replacing one. */
    Optional<Path> chooseBackupFile(String suggestedName);

    /**
     * The archive file to copy clippings into: a new one, or an existing archive, which keeps what
     * it has and gains what it lacks.
     */
    Optional<Path> chooseCopyTarget(String suggestedName);

    /** A backup to restore, starting in the folder of the automatic ones. */
    Optional<Path> chooseBackupToRestore(Path backupsFolder);

    /** Asks for one line of text (a tag, a new name); {@code suggestions} feed autocomplete where possible. */
    Optional<String> askText(String title, String prompt, String initial, List<String> suggestions);

    /** Asks for a tag with the window's one tag input (completion from {@code knownTags}). */
    default Optional<String> askTag(String title, String prompt, javafx.collections.ObservableList<String> knownTags) {
        return askText(title, prompt, "", List.copyOf(knownTags));
    }

    boolean confirm(String title, String message);

    /** A confirmation whose button says what it does ("Create topic", "Delete for good") instead of OK. */
    default boolean confirm(String title, String message, String action) {
        return confirm(title, message);
    }

    void showError(String title, String message);

    /**
     * Shows {@code message} with a button that copies {@code text} to the clipboard (an address
     * that is not opened, say). Without such a button, the message alone.
     */
    default void showWithCopy(String title, String message, String text) {
        showError(title, message);
    }

    /**
     * Asks which reading of a file whose encoding is unsure is the right one; empty skips the file.
     * {@code choices} come most plausible first.
     */
    Optional<java.nio.charset.Charset> chooseEncoding(String title, String question, List<EncodingChoice> choices);

    /** A finished operation's report: a summary line and the details (one line each). */
    void showReport(String title, String summary, List<String> details);

    /**
     * Asks for a team archive's address ({@code postgresql://user@host:5432/database}), offering the
     * {@code recent} ones (most recent first). Empty when cancelled.
     */
    Optional<String> askTeamArchive(String title, String prompt, List<String> recent);

    /** Asks for a password, hidden as typed; empty when cancelled (Escape). It is never stored. */
    Optional<String> askPassword(String title, String prompt);

    /** What the analyst does about an edit a colleague's save overtook. */
    enum ConflictChoice {
        /** Save my version over theirs. */
        KEEP_MINE,
        /** Drop my edits and show theirs. */
        KEEP_THEIRS,
        /** Put both texts into the editor, to be merged by hand and saved. */
        MERGE,
        /** Close the question and go on editing, unsaved (Escape). */
        KEEP_EDITING
    }

    /** Shows both versions of a clipping whose save was overtaken, and asks which to keep. */
    ConflictChoice resolveConflict(EditConflict conflict);
}
