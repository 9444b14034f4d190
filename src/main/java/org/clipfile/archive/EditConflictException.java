package org.clipfile.archive;

/**
 * An edit that was not saved because the clipping changed after the editor opened it (a colleague
 * on the team archive, another window). Carries the version stored now, so both can be shown and
 * the analyst keeps one or merges them; nothing of either is lost.
 */
public final class EditConflictException extends ArchiveException {
    private static final long serialVersionUID = 1L;
    private final transient Clipping stored;

    public EditConflictException(Clipping stored) {
        super("Clipping #" + stored.id() + " was changed" + (stored.changedBy() == null ? "" : " by " + stored.changedBy())
                + " at " + stored.updatedAt() + ", after you began editing it; your edit was not saved");
        this.stored = stored;
    }

    /** The version in the archive now. */
    public Clipping stored() {
        return stored;
    }
}
