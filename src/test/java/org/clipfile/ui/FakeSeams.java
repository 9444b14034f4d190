package org.clipfile.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clipfile.ui.common.Browser;
import org.clipfile.ui.common.ClipboardText;
import org.clipfile.ui.common.Dialogs;
import org.clipfile.ui.common.Seams;

/** Dialogs, clipboard and browser answered by the test: no native dialog ever opens. */
final class FakeSeams implements Dialogs, ClipboardText, Browser {
    record Report(String title, String summary, List<String> details) {
    }

    volatile String clipboard;
    volatile String clipboardHtml;
    /** The answer to the encoding question: the candidate charset's name, or null to skip the file. */
    volatile String encodingAnswer;
    final List<List<org.clipfile.ui.common.EncodingChoice>> encodingQuestions = new CopyOnWriteArrayList<>();
    final List<String> confirmations = new CopyOnWriteArrayList<>();
    volatile List<Path> filesToImport = List.of();
    volatile Path exportTarget;
    volatile Path archiveToOpen;
    volatile boolean confirmAnswer = true;
    final Deque<String> textAnswers = new ArrayDeque<>();
    final List<String> errors = new CopyOnWriteArrayList<>();
    final List<Report> reports = new CopyOnWriteArrayList<>();
    final List<String> opened = new CopyOnWriteArrayList<>();
    /** The answers to File › Open team archive… (an address as typed; none left = cancelled), and what it offered. */
    final Deque<String> teamArchiveAnswers = new ArrayDeque<>();
    final List<List<String>> recentOffered = new CopyOnWriteArrayList<>();
    /** The answers to the password prompt (none left = Escape), and the prompts shown. */
    final Deque<String> passwordAnswers = new ArrayDeque<>();
    final List<String> passwordPrompts = new CopyOnWriteArrayList<>();
    /** The answers to the edit-conflict dialog (none left = Escape: keep editing), and the conflicts shown. */
    final Deque<ConflictChoice> conflictAnswers = new ArrayDeque<>();
    final List<org.clipfile.ui.common.EditConflict> conflicts = new CopyOnWriteArrayList<>();

    Seams seams() {
        return new Seams(this, this, this);
    }

    @Override
    public Optional<String> text() {
        return Optional.ofNullable(clipboard);
    }

    @Override
    public Optional<String> html() {
        return Optional.ofNullable(clipboardHtml);
    }

    @Override
    public Optional<java.nio.charset.Charset> chooseEncoding(String title, String question,
            List<org.clipfile.ui.common.EncodingChoice> choices) {
        encodingQuestions.add(List.copyOf(choices));
        return choices.stream().filter(c -> c.charset().name().equalsIgnoreCase(encodingAnswer))
                .map(org.clipfile.ui.common.EncodingChoice::charset).findFirst();
    }

    @Override
    public void open(String url) {
        opened.add(url);
    }

    @Override
    public List<Path> chooseFilesToImport() {
        return filesToImport;
    }

    @Override
    public Optional<Path> chooseFolderToImport() {
        return filesToImport.isEmpty() ? Optional.empty() : Optional.of(filesToImport.get(0));
    }

    @Override
    public Optional<Path> chooseExportFile(String suggestedName) {
        return Optional.ofNullable(exportTarget);
    }

    @Override
    public Optional<Path> chooseArchiveToOpen() {
        return Optional.ofNullable(archiveToOpen);
    }

    @Override
    public Optional<Path> chooseNewArchive() {
        return Optional.ofNullable(archiveToOpen);
    }

    @Override
    public synchronized Optional<String> askText(String title, String prompt, String initial, List<String> suggestions) {
        return Optional.ofNullable(textAnswers.poll());
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(title + ": " + message);
        return confirmAnswer;
    }

    /** What File › Back up to file… is answered with (none: the dialog is cancelled). */
    volatile Path backupTo;

    @Override
    public Optional<Path> chooseBackupFile(String suggestedName) {
        return Optional.ofNullable(backupTo);
    }

    /** What File › Copy clippings › To a file archive… is answered with (none: cancelled). */
    volatile Path copyTarget;

    @Override
    public Optional<Path> chooseCopyTarget(String suggestedName) {
        return Optional.ofNullable(copyTarget);
    }

    /** What File › Restore from backup… is answered with, and the folder it was offered. */
    volatile Path restoreFrom;
    volatile Path restoreOfferedFolder;

    @Override
    public Optional<Path> chooseBackupToRestore(Path backupsFolder) {
        restoreOfferedFolder = backupsFolder;
        return Optional.ofNullable(restoreFrom);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showReport(String title, String summary, List<String> details) {
        reports.add(new Report(title, summary, new ArrayList<>(details)));
    }

    @Override
    public synchronized Optional<String> askTeamArchive(String title, String prompt, List<String> recent) {
        recentOffered.add(List.copyOf(recent));
        return Optional.ofNullable(teamArchiveAnswers.poll());
    }

    @Override
    public synchronized Optional<String> askPassword(String title, String prompt) {
        passwordPrompts.add(prompt);
        return Optional.ofNullable(passwordAnswers.poll());
    }

    @Override
    public synchronized ConflictChoice resolveConflict(org.clipfile.ui.common.EditConflict conflict) {
        conflicts.add(conflict);
        ConflictChoice c = conflictAnswers.poll();
        return c == null ? ConflictChoice.KEEP_EDITING : c;
    }
}
