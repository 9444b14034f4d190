package org.clipfile.ui.statistics;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.clipfile.archive.Archive;
import org.clipfile.archive.Backups;
import org.clipfile.search.ArchiveStats;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.YearCount;
import org.clipfile.ui.common.Dialogs;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.workspace.WindowSession;

/**
 * File › Archive statistics: what {@code clipfile stats} and {@code clipfile backup --list} tell —
 * the counts, the date span, clippings per year, and the automatic backups kept beside a file
 * archive — read in the background and shown as a report.
 */
public final class StatisticsViewModel {
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Archive archive;
    private final ClippingSearch search;
    private final WindowSession session;
    private final Dialogs dialogs;
    private final Messages messages;

    public StatisticsViewModel(Archive archive, ClippingSearch search, WindowSession session, Dialogs dialogs, Messages messages) {
        this.archive = archive;
        this.search = search;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** What one reading found; the backups are empty for a team archive (its server keeps them). */
    record Figures(ArchiveStats stats, List<YearCount> years, List<Backups.Backup> backups) {
    }

    public void show() {
        session.run("stats.running", p -> new Figures(search.stats(), search.years(ClippingFilter.ALL),
                archive.isShared() ? List.of() : Backups.list(archive.file())),
                f -> dialogs.showReport(messages.get("stats.title"), summary(f.stats()), details(f)));
    }

    private String summary(ArchiveStats s) {
        return s.earliest() == null
                ? messages.get("stats.summary.undated", messages.clippings(s.clippings()), archive.address())
                : messages.get("stats.summary", messages.clippings(s.clippings()), s.earliest(), s.latest(), archive.address());
    }

    private List<String> details(Figures f) {
        ArchiveStats s = f.stats();
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("stats.undated", s.undated()));
        lines.add(messages.get("stats.yearOnly", s.yearOnly()));
        lines.add(messages.get("stats.trash", s.inTrash()));
        lines.add(messages.get("stats.topics", s.tags()));
        if (archive.isShared()) {
            lines.add(messages.get("stats.backups.team"));
        } else if (f.backups().isEmpty()) {
            lines.add(messages.get("stats.backups.none", Backups.folderOf(archive.file())));
        } else {
            Backups.Backup newest = f.backups().get(0);
            lines.add(messages.get("stats.backups", f.backups().size(), newest.taken().format(TAKEN), newest.reason(),
                    Backups.folderOf(archive.file())));
        }
        if (!f.years().isEmpty()) {
            lines.add("");
            lines.add(messages.get("stats.perYear"));
            for (YearCount y : f.years()) {
                lines.add(messages.get("stats.year", String.valueOf(y.year()), y.count()));
            }
        }
        return lines;
    }
}
