package org.clipfile.archive;

import java.time.Instant;
import java.util.List;

/**
 * One stored clipping. {@code date} is null for an undated clipping; {@code tags} are the full
 * display paths the analyst assigned (not their implied parents); {@code deletedAt} is set while it
 * is in the trash. {@code addedBy} and {@code changedBy} name the team archive's logins that added
 * and last changed it; null in one analyst's file.
 */
public record Clipping(
        long id,
        String title,
        String text,
        String notes,
        PublishedDate date,
        String source,
        String url,
        String author,
        List<String> tags,
        Instant addedAt,
        Instant updatedAt,
        String contentHash,
        Instant deletedAt,
        String addedBy,
        String changedBy) {

    public Clipping {
        tags = List.copyOf(tags);
    }

    public boolean inTrash() {
        return deletedAt != null;
    }
}
