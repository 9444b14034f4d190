package org.clipfile.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clipfile.search.ClippingFilter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What a filter matches besides dates: shared by {@link FilterOptions} and {@code copy} (whose --from and --to name archives). */
final class MatchOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    @Option(names = {"-q", "--query"}, paramLabel = "QUERY", description = "Search text: words, \"phrases\", -exclude, OR, prefix*, (groups).")
    String query;

    @Option(names = {"-t", "--tag"}, paramLabel = "TAG", description = "Only clippings under this tag (repeatable: all must match).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--any-tag", description = "With several --tag: any of them suffices.")
    boolean anyTag;

    @Option(names = "--source", paramLabel = "SOURCE", description = "Only clippings from this source (case ignored).")
    String source;

    @Option(names = "--author", paramLabel = "AUTHOR", description = "Only clippings by this author, as the author field gives it (case ignored).")
    String author;

    @Option(names = "--undated", description = "Only clippings without a published date.")
    boolean undated;

    /** The filter, dated between {@code from} and {@code to} (either may be null); a range that ends before it starts is a usage error. */
    ClippingFilter toFilter(LocalDate from, String fromOption, LocalDate to, String toOption) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new CommandLine.ParameterException(command.commandLine(),
                    fromOption + " " + from + " is after " + toOption + " " + to + ", so nothing could match");
        }
        return new ClippingFilter(query, tags, anyTag, from, to, source, author, undated, null, false);
    }
}
