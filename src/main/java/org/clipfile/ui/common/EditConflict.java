package org.clipfile.ui.common;

/**
 * An edit overtaken by someone else's save, as the conflict dialog shows it.
 *
 * @param summary     who changed the clipping, and when, and that the edit was not saved
 * @param theirsLabel the heading over the stored version ("Theirs: ben, 14:02")
 * @param theirsTitle the stored version's title
 * @param theirsText  the stored version's text
 * @param mineTitle   the title as the analyst edited it
 * @param mineText    the text as the analyst edited it
 */
public record EditConflict(String summary, String theirsLabel, String theirsTitle, String theirsText, String mineTitle,
        String mineText) {
}
