package org.clipfile.safety;

import java.nio.file.Path;
import java.util.List;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingEdit;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.TagStore;

/**
 * Runs in a child JVM and writes to the archive in an endless loop until it is killed: edits of
 * every clipping, or a tag used by thousands renamed back and forth. Prints "ready" once the
 * first write is committed, so the test kills it mid-work and not during start-up.
 */
public final class FaultWorker {
    static final String RENAME_FROM = "Topic/Old";
    static final String RENAME_TO = "Moved/Deep/New";

    private FaultWorker() {
    }

    public static void main(String[] args) {
        Path archiveFile = Path.of(args[1]);
        try (Archive archive = Archive.open(archiveFile, Archive.Options.NO_DAILY_BACKUP)) {
            switch (args[0]) {
                case "edit" -> editForever(archive, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
                case "rename" -> renameForever(archive);
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
    }

    /** The text of clipping {@code id} at edit round {@code round}; title and body carry the same round. */
    static ClippingEdit edit(long id, int round) {
        return new ClippingEdit("Clip " + id + " round " + round,
                "Edited text of clip " + id + ", marker r" + round + "k" + id + ". " + "Filler words for the index. ".repeat(20),
                "notes r" + round, null, "Wire", null, null);
    }

    private static void editForever(Archive archive, int clippings, int firstRound) {
        ClippingStore store = new ClippingStore(archive);
        for (int round = firstRound; ; round++) {
            for (long id = 1; id <= clippings; id++) {
                store.update(id, edit(id, round));
                if (round == firstRound && id == 1) {
                    System.out.println("ready");
                    System.out.flush();
                }
            }
        }
    }

    private static void renameForever(Archive archive) {
        TagStore tags = new TagStore(archive);
        // Start from wherever the previous (killed) run left the tag.
        List<String> names = tags.find(RENAME_FROM).isPresent() ? List.of(RENAME_FROM, RENAME_TO) : List.of(RENAME_TO, RENAME_FROM);
        for (int i = 0; ; i++) {
            String from = names.get(i % 2);
            String to = names.get((i + 1) % 2);
            tags.rename(from, to);
            if (i == 0) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
