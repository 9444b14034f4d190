package org.clipfile.ui.reader;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.clipfile.archive.Clipping;
import org.clipfile.archive.ClippingEdit;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.PublishedDate;
import org.clipfile.ingest.DateRecognizer;
import org.clipfile.search.Highlighter;
import org.clipfile.search.Range;
import org.clipfile.search.SearchQuery;
import org.clipfile.archive.ClippingStore;
import org.clipfile.ui.common.Dialogs;
import org.clipfile.ui.common.EditConflict;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.workspace.ArchiveEdits;
import org.clipfile.ui.workspace.Browsing;
import org.clipfile.ui.workspace.WindowSession;

/**
 * The reader and editor of the selected clipping. Edits are kept in properties until saved; moving
 * to another clipping saves them first, and a failed save keeps them and says why.
 */
public final class ReaderViewModel {
    private final ClippingStore store;
    private final Browsing browsing;
    private final ArchiveEdits edits;
    private final WindowSession session;
    private final Dialogs dialogs;
    private final Messages messages;
    private final ObjectProperty<Clipping> clipping = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty author = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty dateDetail = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty who = new SimpleStringProperty("");
    private final StringProperty selectionInfo = new SimpleStringProperty("");
    private final javafx.beans.property.IntegerProperty selectedCount = new javafx.beans.property.SimpleIntegerProperty();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObjectProperty<List<Range>> highlights = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final BooleanBinding dirty;
    private final BooleanBinding dateValid;
    private long request;
    /** The clipping the analyst moved away from while its edits were being saved. */
    private long leftId = -1;

    public ReaderViewModel(ClippingStore store, Browsing browsing, ArchiveEdits edits, WindowSession session, Dialogs dialogs,
            Messages messages) {
        this.store = store;
        this.dialogs = dialogs;
        this.browsing = browsing;
        this.edits = edits;
        this.session = session;
        this.messages = messages;
        dirty = Bindings.createBooleanBinding(this::computeDirty, clipping, title, date, source, url, author, text, notes);
        dateValid = Bindings.createBooleanBinding(() -> parseDate(date.get()).isPresent(), date);
        browsing.selectedIds().addListener((ListChangeListener<Long>) c -> selectionChanged());
        session.revisionProperty().addListener((o, a, b) -> refreshCurrent());
        browsing.filterProperty().addListener((o, a, b) -> {
            if (!Objects.equals(a.query(), b.query())) {
                updateHighlights();
            }
        });
        date.addListener((o, a, b) -> updateDateDetail());
    }

    private boolean computeDirty() {
        Clipping c = clipping.get();
        if (c == null) {
            return false;
        }
        return !title.get().equals(c.title()) || !date.get().equals(c.date() == null ? "" : c.date().iso())
                || !source.get().equals(nz(c.source())) || !url.get().equals(nz(c.url())) || !author.get().equals(nz(c.author()))
                || !text.get().equals(c.text()) || !notes.get().equals(nz(c.notes()));
    }

    private void selectionChanged() {
        List<Long> ids = browsing.selectedIds();
        selectionInfo.set(ids.size() > 1 ? messages.get("reader.multiple", messages.clippings(ids.size())) : "");
        selectedCount.set(ids.size());
        // Several clippings: the reader offers the bulk actions instead of quietly editing the first one.
        Long id = ids.size() == 1 ? ids.get(0) : null;
        Clipping current = clipping.get();
        if (current != null && id != null && current.id() == id) {
            return;
        }
        if (dirty.get() && current != null) {
            leftId = current.id();
            save(); // leaving a clipping keeps what was typed
            if (!saving.get() && dirty.get()) {
                return; // refused at once (a bad date, say): stay with the edits and the reason
            }
        }
        if (id == null) {
            show(null, List.of());
            return;
        }
        load(id);
    }

    private void load(long id) {
        long req = ++request;
        String query = browsing.filter().query();
        session.run("task.read", p -> {
            Optional<Clipping> c = store.get(id);
            List<Range> ranges = c.map(x -> Highlighter.find(x.text(), SearchQuery.parse(query))).orElse(List.of());
            return new Object[] {c.orElse(null), ranges};
        }, r -> {
            if (req == request) {
                @SuppressWarnings("unchecked")
                List<Range> ranges = (List<Range>) r[1];
                show((Clipping) r[0], ranges);
            }
        });
    }

    private void show(Clipping c, List<Range> ranges) {
        message.set("");
        clipping.set(null); // so the field updates below do not count as edits
        title.set(c == null ? "" : c.title());
        date.set(c == null || c.date() == null ? "" : c.date().iso());
        source.set(c == null ? "" : nz(c.source()));
        url.set(c == null ? "" : nz(c.url()));
        author.set(c == null ? "" : nz(c.author()));
        text.set(c == null ? "" : c.text());
        notes.set(c == null ? "" : nz(c.notes()));
        tags.setAll(c == null ? List.of() : c.tags());
        highlights.set(ranges);
        clipping.set(c);
        who.set(whoText(c));
        updateDateDetail();
    }

    /** After a change elsewhere: new tags always; the rest only if nothing unsaved would be lost. */
    private void refreshCurrent() {
        Clipping c = clipping.get();
        if (c == null || saving.get()) {
            return;
        }
        long id = c.id();
        session.run("task.read", p -> store.get(id), fresh -> {
            Clipping now = clipping.get();
            if (now == null || now.id() != id) {
                return;
            }
            if (fresh.isEmpty()) {
                show(null, List.of());
            } else if (!dirty.get()) {
                load(id);
            } else {
                tags.setAll(fresh.get().tags());
            }
        });
    }

    /** "Added by anna · last changed by ben" on a team archive; nothing in a file archive (no logins there). */
    private String whoText(Clipping c) {
        if (c == null || c.addedBy() == null && c.changedBy() == null) {
            return "";
        }
        boolean neverChanged = c.changedBy() == null
                || c.changedBy().equals(c.addedBy()) && Objects.equals(c.updatedAt(), c.addedAt());
        if (neverChanged) {
            return messages.get("reader.who.added", c.addedBy());
        }
        if (c.addedBy() == null) {
            return messages.get("reader.who.changed", c.changedBy());
        }
        return messages.get("reader.who.both", c.addedBy(), c.changedBy());
    }

    private void updateHighlights() {
        Clipping c = clipping.get();
        if (c == null) {
            return;
        }
        String query = browsing.filter().query();
        String body = text.get();
        session.run("task.read", p -> Highlighter.find(body, SearchQuery.parse(query)), highlights::set);
    }

    private void updateDateDetail() {
        Clipping c = clipping.get();
        Optional<PublishedDate> parsed = parseDate(date.get());
        if (parsed.isEmpty()) {
            dateDetail.set(messages.get("reader.date.invalid"));
        } else if (parsed.get() == NO_DATE) {
            dateDetail.set(messages.get("reader.date.none"));
        } else {
            PublishedDate d = c != null && c.date() != null && c.date().iso().equals(parsed.get().iso()) ? c.date() : parsed.get();
            // Words, not the stored keys: "month only, from the file name" rather than "month precision, from file-name".
            dateDetail.set(messages.get("reader.date.detail", messages.get("reader.date.precision." + d.precision().key()),
                    messages.get("reader.date.origin." + d.origin().key())));
        }
    }

    private static final PublishedDate NO_DATE = PublishedDate.day(java.time.LocalDate.MIN, DateOrigin.USER);

    /** Empty text means undated; otherwise ISO at any precision or any date the core recognises. */
    static Optional<PublishedDate> parseDate(String typed) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty()) {
            return Optional.of(NO_DATE);
        }
        Optional<PublishedDate> iso = PublishedDate.parseIso(s, DateOrigin.USER);
        return iso.isPresent() ? iso : new DateRecognizer().parse(s, DateOrigin.USER);
    }

    public boolean canSave() {
        return clipping.get() != null && dirty.get() && dateValid.get() && !title.get().isBlank() && !text.get().isBlank();
    }

    /** Saves the edits; on failure they stay in the fields and the message says why. */
    public void save() {
        Clipping c = clipping.get();
        if (c == null || !dirty.get()) {
            return;
        }
        if (!canSave()) {
            message.set(messages.get(!dateValid.get() ? "reader.error.date"
                    : title.get().isBlank() ? "reader.error.title" : "reader.error.text"));
            return;
        }
        PublishedDate parsed = parseDate(date.get()).orElseThrow();
        PublishedDate newDate = parsed == NO_DATE ? null
                : c.date() != null && c.date().iso().equals(parsed.iso()) ? c.date() : parsed;
        ClippingEdit edit = new ClippingEdit(title.get(), text.get(), notes.get(), newDate,
                source.get(), url.get(), author.get().isBlank() ? null : author.get().strip());
        saving.set(true);
        message.set(messages.get("reader.saving"));
        long id = c.id();
        boolean leaving = id == leftId;
        // Checked against the version this editor began from: a colleague's save in between is not overwritten.
        edits.saveEdit(id, edit, c.updatedAt(), saved -> {
            saving.set(false);
            if (id == leftId) {
                leftId = -1;
            }
            if (leaving) {
                // Saved because the analyst moved on: say so, rather than save behind their back.
                session.statusProperty().set(messages.get("status.savedOnLeaving", shorten(saved.title())));
            }
            Clipping now = clipping.get();
            if (now != null && now.id() == id) {
                // Keep anything typed while saving; the saved version becomes the new baseline.
                clipping.set(saved);
                who.set(whoText(saved));
                message.set(messages.get("reader.saved"));
                updateHighlights();
            }
        }, stored -> {
            saving.set(false);
            bringBack(c, id, edit);
            resolveConflict(c, stored, edit);
        }, error -> {
            saving.set(false);
            bringBack(c, id, edit);
            message.set(messages.get("reader.error.save", error));
        });
    }

    /** The analyst moved on before the save failed: bring the edits back rather than lose them. */
    private void bringBack(Clipping c, long id, ClippingEdit edit) {
        Clipping now = clipping.get();
        if (id == leftId || now == null || now.id() != id) {
            leftId = -1;
            request++;
            show(c, List.of());
            restore(edit);
        }
    }

    /**
     * A colleague (or another window) saved this clipping after the editor began from {@code began}:
     * show both versions and do what the analyst picks. Nothing is lost whatever the choice; only
     * "Keep theirs" drops the edits, and says so.
     */
    private void resolveConflict(Clipping began, Clipping stored, ClippingEdit mine) {
        String when = ConflictText.when(stored.updatedAt());
        String whom = stored.changedBy() != null ? stored.changedBy() : messages.get("conflict.someone");
        EditConflict question = new EditConflict(messages.get("conflict.summary", whom, when),
                messages.get("conflict.theirs", whom, when), stored.title(), stored.text(), mine.title(), mine.text());
        Dialogs.ConflictChoice choice = dialogs.resolveConflict(question);
        Clipping now = clipping.get();
        if (now == null || now.id() != stored.id()) {
            return; // the reader moved on meanwhile (it cannot while the dialog is up; a guard all the same)
        }
        switch (choice) {
            case KEEP_MINE -> {
                rebase(stored);
                save();
            }
            case KEEP_THEIRS -> {
                show(stored, List.of());
                updateHighlights();
                message.set(messages.get("reader.conflict.theirs", whom));
            }
            case MERGE -> {
                ClippingEdit merged = ConflictText.merge(began, stored, mine,
                        messages.get("conflict.separator", whom, when));
                rebase(stored);
                restore(merged);
                message.set(messages.get("reader.conflict.merged", whom));
            }
            case KEEP_EDITING -> message.set(messages.get("reader.conflict.unsaved", whom, when));
        }
    }

    /** Makes {@code stored} the version the edits are based on, keeping what is in the fields. */
    private void rebase(Clipping stored) {
        clipping.set(stored);
        tags.setAll(stored.tags());
        who.set(whoText(stored));
    }

    private void restore(ClippingEdit edit) {
        title.set(edit.title());
        date.set(edit.date() == null ? "" : edit.date().iso());
        source.set(nz(edit.source()));
        url.set(nz(edit.url()));
        author.set(nz(edit.author()));
        text.set(edit.text());
        notes.set(nz(edit.notes()));
    }

    public void revert() {
        Clipping c = clipping.get();
        if (c != null) {
            show(c, highlights.get());
        }
    }

    public void addTag(String typed) {
        Clipping c = clipping.get();
        if (c != null && typed != null && !typed.isBlank()) {
            edits.tagTyped(List.of(c.id()), typed.strip());
        }
    }

    public void removeTag(String tag) {
        Clipping c = clipping.get();
        if (c != null) {
            edits.untag(List.of(c.id()), tag);
        }
    }

    /** The source field as a facet: only clippings from this source (as stored, not as being edited). */
    public void showOnlyThisSource() {
        Clipping c = clipping.get();
        if (c != null && c.source() != null && !c.source().isBlank()) {
            browsing.showSource(c.source());
        }
    }

    /** The author field as a facet: only clippings by this author (as stored, not as being edited). */
    public void showOnlyThisAuthor() {
        Clipping c = clipping.get();
        if (c != null && c.author() != null && !c.author().isBlank()) {
            browsing.showAuthor(c.author());
        }
    }

    public void openUrl() {
        String u = url.get().strip();
        if (!u.isEmpty()) {
            session.openInBrowser(u);
        }
    }

    private static String shorten(String title) {
        String t = title == null ? "" : title.strip();
        return t.length() > 60 ? t.substring(0, 59) + "…" : t;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public ReadOnlyObjectProperty<Clipping> clippingProperty() {
        return clipping;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty urlProperty() {
        return url;
    }

    /** Whether the filter searches for words (the reader then offers next/previous match). */
    public boolean hasQuery() {
        return browsing.filter().query() != null;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty dateDetailProperty() {
        return dateDetail;
    }

    /** Who added and who last changed the clipping (a team archive's logins); empty in a file archive. */
    public StringProperty whoProperty() {
        return who;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** How many clippings the table has selected; above one the reader shows the bulk actions. */
    public javafx.beans.property.ReadOnlyIntegerProperty selectedCountProperty() {
        return selectedCount;
    }

    public StringProperty selectionInfoProperty() {
        return selectionInfo;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ObjectProperty<List<Range>> highlightsProperty() {
        return highlights;
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }
}
