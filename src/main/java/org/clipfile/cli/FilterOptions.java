package org.clipfile.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clipfile.search.ClippingFilter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The filter options shared by {@code list} and {@code export}. */
final class FilterOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    @Option(names = {"-q", "--query"}, paramLabel = "QUERY", description = "Search text: words, \"phrases\", -exclude, OR, prefix*, (groups).")
    String query;

    @Option(names = {"-t", "--tag"}, paramLabel = "TAG", description = "Only clippings under this tag (repeatable: all must match).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--any-tag", description = "With several --tag: any of them suffices.")
    boolean anyTag;

    @Option(names = "--from", paramLabel = "DATE", converter = DateBound.From.class, description = "Published on or after (YYYY-MM-DD, YYYY-MM or YYYY).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateBound.To.class, description = "Published on or before (YYYY-MM-DD, YYYY-MM or YYYY).")
    LocalDate to;

    @Option(names = "--source", paramLabel = "SOURCE", description = "Only clippings from this source (case ignored).")
    String source;

    @Option(names = "--author", paramLabel = "AUTHOR", description = "Only clippings by this author, as the author field gives it (case ignored).")
    String author;

    @Option(names = "--undated", description = "Only clippings without a published date.")
    boolean undated;

    /** The filter; a range that ends before it starts is a usage error, not an empty answer. */
    ClippingFilter toFilter() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new CommandLine.ParameterException(command.commandLine(),
                    "--from " + from + " is after --to " + to + ", so nothing could match");
        }
        return new ClippingFilter(query, tags, anyTag, from, to, source, author, undated, null, false);
    }
}
