package org.clipfile.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Picocli's usage errors ("Invalid value for positional parameter at index 0 (ID): ...") said as plain sentences. */
final class UsageMessages {
    private static final Pattern INVALID_VALUE =
            Pattern.compile("^Invalid value for (?:option '([^']+)'|positional parameter at index \\d+ \\(([^)]+)\\)): (.*)$", Pattern.DOTALL);

    private UsageMessages() {
    }

    static String of(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u) {
            return unmatched(u);
        }
        if (e instanceof MissingParameterException m) {
            return missing(m);
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher invalid = INVALID_VALUE.matcher(message);
        if (invalid.matches()) {
            String label = invalid.group(1) != null ? invalid.group(1) : invalid.group(2);
            return label.replaceAll("^<(.*)>$", "$1") + ": " + Sentences.plain(invalid.group(3));
        }
        return Sentences.plain(message.replaceFirst("^Error: ", ""));
    }

    private static String unmatched(UnmatchedArgumentException u) {
        List<String> args = u.getUnmatched();
        String first = args.isEmpty() ? "" : args.get(0);
        boolean atTop = u.getCommandLine().getParent() == null;
        String what = first.startsWith("-") ? "unknown option '" + first + "'"
                : atTop ? "unknown command '" + first + "'" : "unexpected argument '" + first + "'";
        List<String> suggestions = u.getSuggestions();
        return suggestions.isEmpty() ? what : what + " (did you mean " + String.join(" or ", suggestions) + "?)";
    }

    private static String missing(MissingParameterException m) {
        List<ArgSpec> missing = m.getMissing();
        String message = m.getMessage() == null ? "" : m.getMessage();
        if (message.startsWith("Missing required parameter for option") && !missing.isEmpty()) {
            ArgSpec spec = missing.get(0);
            return label(spec, false) + " needs a value (" + spec.paramLabel() + ")";
        }
        if (missing.isEmpty()) {
            return Sentences.plain(message.replaceFirst("^Error: ", ""));
        }
        String joiner = message.contains("specify one of these") ? " or " : " and ";
        return "missing " + String.join(joiner, missing.stream().map(s -> label(s, true)).toList());
    }

    private static String label(ArgSpec spec, boolean withValue) {
        if (spec instanceof OptionSpec o) {
            boolean takesValue = !o.typeInfo().isBoolean();
            return o.longestName() + (withValue && takesValue ? " " + o.paramLabel() : "");
        }
        return ((PositionalParamSpec) spec).paramLabel();
    }
}
