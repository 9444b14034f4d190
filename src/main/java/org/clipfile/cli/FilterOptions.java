package org.clipfile.cli;

import java.time.LocalDate;
import org.clipfile.search.ClippingFilter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The filter options shared by {@code list}, {@code tags} and {@code export}. */
final class FilterOptions {
    @Mixin
    MatchOptions match;

    @Option(names = "--from", paramLabel = "DATE", converter = DateBound.From.class, description = "Published on or after (YYYY-MM-DD, YYYY-MM or YYYY).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateBound.To.class, description = "Published on or before (YYYY-MM-DD, YYYY-MM or YYYY).")
    LocalDate to;

    /** The filter; a range that ends before it starts is a usage error, not an empty answer. */
    ClippingFilter toFilter() {
        return match.toFilter(from, "--from", to, "--to");
    }
}
