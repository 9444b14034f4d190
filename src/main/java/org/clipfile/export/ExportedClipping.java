package org.clipfile.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.clipfile.archive.Clipping;

/**
 * One clipping as the JSON export writes it: a file-format record, kept apart from the live model
 * so the format only changes on purpose. {@code date} is {@code YYYY-MM-DD}, {@code YYYY-MM} or
 * {@code YYYY} by its precision, or null.
 */
@JsonPropertyOrder({"id", "title", "date", "dateSource", "source", "url", "author", "tags", "text", "notes", "addedAt", "addedBy", "changedBy", "contentHash"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExportedClipping(
        Long id,
        String title,
        String date,
        String dateSource,
        String source,
        String url,
        String author,
        List<String> tags,
        String text,
        String notes,
        String addedAt,
        String addedBy,
        String changedBy,
        String contentHash) {

    static ExportedClipping of(Clipping c) {
        return new ExportedClipping(c.id(), c.title(),
                c.date() == null ? null : c.date().iso(),
                c.date() == null ? null : c.date().origin().key(),
                c.source(), c.url(), c.author(), c.tags(), c.text(), c.notes(),
                c.addedAt().toString(), c.addedBy(), c.changedBy(), c.contentHash());
    }
}
