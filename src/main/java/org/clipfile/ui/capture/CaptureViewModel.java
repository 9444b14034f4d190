package org.clipfile.ui.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.PublishedDate;
import org.clipfile.archive.TagPath;
import org.clipfile.ingest.ClippingParseException;
import org.clipfile.ingest.DateRecognizer;
import org.clipfile.ingest.ParsedClipping;
import org.clipfile.ingest.ClippingCapture;
import org.clipfile.ui.common.ErrorText;
import org.clipfile.archive.ClippingStore;
import org.clipfile.ui.common.Dialogs;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.workspace.ArchiveEdits;
import org.clipfile.ui.workspace.Browsing;
import org.clipfile.ui.workspace.WindowSession;

/**
 * A new clipping being written or pasted: fields pre-filled by the core's parser, saved as one
 * clipping. A duplicate is reported with the clipping that already has the text; nothing typed is
 * lost when saving fails.
 */
public final class CaptureViewModel {
    /** Reads a paste as the import reads a page or a text file. */
    private final ClippingCapture capture = new ClippingCapture();
    public enum Outcome { EDITING, SAVING, SAVED, DUPLICATE, FAILED }

    private final ClippingStore store;
    private final Browsing browsing;
    private final ArchiveEdits edits;
    private final WindowSession session;
    private final Dialogs dialogs;
    private final Messages messages;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final LongProperty duplicateOf = new SimpleLongProperty(-1);
    private final javafx.beans.property.ObjectProperty<Outcome> outcome = new javafx.beans.property.SimpleObjectProperty<>(Outcome.EDITING);
    private final BooleanBinding canSave;
    private PublishedDate parsedDate;
    private final StringProperty author = new SimpleStringProperty("");

    public CaptureViewModel(ClippingStore store, Browsing browsing, ArchiveEdits edits, WindowSession session,
                            Dialogs dialogs, Messages messages) {
        this.store = store;
        this.browsing = browsing;
        this.edits = edits;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        canSave = Bindings.createBooleanBinding(() -> !busy.get() && !text.get().isBlank() && dateOf(date.get()).isPresent(),
                busy, text, date);
        text.addListener((o, a, b) -> {
            if (outcome.get() == Outcome.DUPLICATE) {
                outcome.set(Outcome.EDITING);
                duplicateOf.set(-1);
                message.set("");
            }
        });
    }

    /** Fills the fields from pasted text, as the importer would read it. */
    public void fillFrom(String pasted) {
        fillFrom(null, pasted);
    }

    /**
     * Fills the fields from a paste: the clipboard's HTML when a browser put some there (headline,
     * date, source and address come from the page, its navigation is left out), else its plain text.
     */
    public void fillFrom(String html, String plainText) {
        try {
            show(capture.readClipboard(html, plainText, null));
        } catch (ClippingParseException e) {
            text.set(plainText == null ? "" : plainText);
            message.set(ErrorText.of(e));
        }
    }

    private void show(ParsedClipping p) {
        title.set(nz(p.title()));
        parsedDate = p.date();
        date.set(p.date() == null ? "" : p.date().iso());
        source.set(nz(p.source()));
        url.set(nz(p.url()));
        tags.set(String.join(", ", p.tags()));
        text.set(p.text());
        notes.set(nz(p.notes()));
        author.set(nz(p.author()));
        message.set(p.date() == null ? messages.get("capture.noDate") : "");
    }

    /** The author, as the page gave it or as typed (empty for none). */
    public StringProperty authorProperty() {
        return author;
    }

    Optional<PublishedDate> dateOf(String typed) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty()) {
            return Optional.of(NONE);
        }
        if (parsedDate != null && parsedDate.iso().equals(s)) {
            return Optional.of(parsedDate); // keep where the date came from
        }
        Optional<PublishedDate> iso = PublishedDate.parseIso(s, DateOrigin.USER);
        return iso.isPresent() ? iso : new DateRecognizer().parse(s, DateOrigin.USER);
    }

    private static final PublishedDate NONE = PublishedDate.day(java.time.LocalDate.MIN, DateOrigin.USER);

    /** The typed tags, comma or semicolon separated; throws IllegalArgumentException for a bad one. */
    List<String> tagList() {
        List<String> out = new ArrayList<>();
        for (String part : tags.get().split("[,;\\n]")) {
            if (!part.isBlank()) {
                out.add(TagPath.parse(part).display());
            }
        }
        return out;
    }

    public void save(Runnable onSaved) {
        if (!canSave.get()) {
            message.set(messages.get(text.get().isBlank() ? "capture.error.text" : "capture.error.date"));
            return;
        }
        ParsedClipping clipping;
        try {
            PublishedDate d = dateOf(date.get()).orElseThrow();
            String t = title.get().isBlank() ? firstLine(text.get()) : title.get().strip();
            clipping = new ParsedClipping(t, text.get(), d == NONE ? null : d, source.get().strip(), url.get().strip(),
                    author.get().isBlank() ? null : author.get().strip(), tagList(), notes.get());
        } catch (IllegalArgumentException e) {
            message.set(ErrorText.of(e));
            return;
        }
        if (!edits.confirmNewTags(clipping.tags())) {
            message.set(messages.get("capture.newTagDeclined"));
            return; // nothing saved; the analyst corrects the tag
        }
        busy.set(true);
        outcome.set(Outcome.SAVING);
        session.runner().run(messages.get("task.capture"), p -> {
            var result = ClippingCapture.add(store, clipping, List.of());
            String existingTitle = result.added() ? null
                    : store.get(result.id()).map(c -> c.title()).orElse("");
            return new Object[] {result, existingTitle};
        }, r -> {
            busy.set(false);
            var result = (org.clipfile.archive.AddResult) r[0];
            if (result.added()) {
                outcome.set(Outcome.SAVED);
                message.set(messages.get("capture.saved"));
                session.changed(messages.get("status.captured", clipping.title()));
                onSaved.run();
            } else {
                duplicateOf.set(result.id());
                outcome.set(Outcome.DUPLICATE);
                message.set(messages.get("capture.duplicate", result.id(), r[1]));
                session.changed(null); // its tags may have been added to the existing clipping
            }
        }, e -> {
            busy.set(false);
            outcome.set(Outcome.FAILED);
            message.set(messages.get("capture.error.save", ErrorText.of(e)));
            session.reportDamage(e);
        });
    }

    /** True when closing loses nothing: nothing typed, or it was saved (or is already stored). */
    public boolean canDiscardSilently() {
        return text.get().isBlank() || outcome.get() == Outcome.SAVED || outcome.get() == Outcome.DUPLICATE;
    }

    public boolean confirmDiscard() {
        return dialogs.confirm(messages.get("capture.discard.title"), messages.get("capture.discard"));
    }

    /** Shows the clipping that already has this text. */
    public void showDuplicate() {
        if (duplicateOf.get() >= 0) {
            browsing.clearFilters();
            browsing.showIds(List.of(duplicateOf.get()));
        }
    }

    private static String firstLine(String s) {
        String line = s.strip().lines().findFirst().orElse("").strip();
        return line.length() > 120 ? line.substring(0, 119) + "…" : line;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
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

    /** Every topic's path, for the tag field's completion. */
    public javafx.collections.ObservableList<String> knownTags() {
        return browsing.knownTags();
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public LongProperty duplicateOfProperty() {
        return duplicateOf;
    }

    public javafx.beans.property.ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }
}
