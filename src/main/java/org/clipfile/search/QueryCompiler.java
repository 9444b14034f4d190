package org.clipfile.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Normalises the raw query tree and renders it as FTS5 expressions, display text and highlight
 * terms. Recursion depth is bounded because the parser bounds the tree depth.
 */
final class QueryCompiler {

    private final Warnings warnings;

    QueryCompiler(Warnings warnings) {
        this.warnings = warnings;
    }

    /**
     * Flattens nested ANDs and ORs and drops what cannot be expressed: exclusions inside OR
     * ({@code a OR -b} means {@code a}), and exclusions of something with nothing positive.
     * Returns null when nothing remains.
     */
    QueryNode simplify(QueryNode node) {
        if (node instanceof QueryNode.Term) {
            return node;
        }
        if (node instanceof QueryNode.Not not) {
            QueryNode inner = simplify(not.excluded());
            if (inner == null) {
                return null;
            }
            if (!hasPositive(inner)) {
                warnings.add("ignored an exclusion of excluded terms only");
                return null;
            }
            return new QueryNode.Not(inner);
        }
        if (node instanceof QueryNode.Any any) {
            List<QueryNode> options = new ArrayList<>();
            for (QueryNode option : any.options()) {
                QueryNode s = simplify(option);
                if (s == null) {
                    continue;
                }
                if (!hasPositive(s)) {
                    warnings.add("ignored an excluded term inside OR");
                } else if (s instanceof QueryNode.Any nested) {
                    options.addAll(nested.options());
                } else {
                    options.add(s);
                }
            }
            return options.isEmpty() ? null : options.size() == 1 ? options.get(0) : new QueryNode.Any(options);
        }
        QueryNode.All all = (QueryNode.All) node;
        List<QueryNode> items = new ArrayList<>();
        for (QueryNode item : all.items()) {
            QueryNode s = simplify(item);
            if (s instanceof QueryNode.All nested) {
                items.addAll(nested.items());
            } else if (s != null) {
                items.add(s);
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        if (items.size() == 1 && !(items.get(0) instanceof QueryNode.Not)) {
            return items.get(0);
        }
        return new QueryNode.All(items);
    }

    static boolean hasPositive(QueryNode node) {
        if (node instanceof QueryNode.Not) {
            return false;
        }
        if (node instanceof QueryNode.All all) {
            return all.items().stream().anyMatch(QueryCompiler::hasPositive);
        }
        return true;
    }

    /** FTS5 expression of a simplified node that has a positive part. */
    static String fts(QueryNode node) {
        if (node instanceof QueryNode.Term term) {
            return ftsTerm(term);
        }
        if (node instanceof QueryNode.Any any) {
            List<String> parts = new ArrayList<>();
            for (QueryNode option : any.options()) {
                parts.add(fts(option));
            }
            return "(" + String.join(" OR ", parts) + ")";
        }
        if (node instanceof QueryNode.Not not) {
            throw new IllegalStateException("a lone exclusion has no FTS5 form: " + not);
        }
        QueryNode.All all = (QueryNode.All) node;
        String positive = conjunction(positives(all));
        List<QueryNode> negatives = negatives(all);
        if (negatives.isEmpty()) {
            return positive;
        }
        return "(" + positive + " NOT " + disjunction(negatives) + ")";
    }

    static List<QueryNode> positives(QueryNode.All all) {
        List<QueryNode> out = new ArrayList<>();
        for (QueryNode item : all.items()) {
            if (!(item instanceof QueryNode.Not)) {
                out.add(item);
            }
        }
        return out;
    }

    /** The excluded nodes (unwrapped from their {@link QueryNode.Not}). */
    static List<QueryNode> negatives(QueryNode.All all) {
        List<QueryNode> out = new ArrayList<>();
        for (QueryNode item : all.items()) {
            if (item instanceof QueryNode.Not not) {
                out.add(not.excluded());
            }
        }
        return out;
    }

    static String conjunction(List<QueryNode> nodes) {
        return join(nodes, " AND ");
    }

    static String disjunction(List<QueryNode> nodes) {
        return join(nodes, " OR ");
    }

    private static String join(List<QueryNode> nodes, String operator) {
        if (nodes.size() == 1) {
            return fts(nodes.get(0));
        }
        List<String> parts = new ArrayList<>();
        for (QueryNode n : nodes) {
            parts.add(fts(n));
        }
        return "(" + String.join(operator, parts) + ")";
    }

    /**
     * A quoted FTS5 string made only of token characters and spaces. CJK runs become bigrams;
     * a run followed by more pieces also gets its last character, as in the index.
     */
    static String ftsTerm(QueryNode.Term term) {
        StringBuilder sb = new StringBuilder("\"");
        List<QueryNode.Piece> pieces = term.pieces();
        for (int p = 0; p < pieces.size(); p++) {
            QueryNode.Piece piece = pieces.get(p);
            if (sb.length() > 1) {
                sb.append(' ');
            }
            String text = piece.text();
            int count = text.codePointCount(0, text.length());
            if (!piece.cjk() || count == 1) {
                sb.append(text);
                continue;
            }
            int prev = 0;
            int cur = Character.charCount(text.codePointAt(0));
            while (cur < text.length()) {
                int after = cur + Character.charCount(text.codePointAt(cur));
                if (prev > 0) {
                    sb.append(' ');
                }
                sb.append(text, prev, after);
                prev = cur;
                cur = after;
            }
            if (p < pieces.size() - 1) {
                sb.append(' ').append(text, prev, text.length());
            }
        }
        sb.append('"');
        if (term.prefix()) {
            sb.append('*');
        }
        return sb.toString();
    }

    /** Display form that parses back to the same query. */
    static String display(QueryNode node, boolean nested) {
        if (node instanceof QueryNode.Term term) {
            return displayTerm(term);
        }
        if (node instanceof QueryNode.Not not) {
            QueryNode inner = not.excluded();
            if (inner instanceof QueryNode.Term term) {
                return "-" + displayTerm(term);
            }
            return "-(" + display(inner, false) + ")";
        }
        List<String> parts = new ArrayList<>();
        if (node instanceof QueryNode.Any any) {
            for (QueryNode option : any.options()) {
                parts.add(display(option, true));
            }
            return String.join(" OR ", parts); // OR binds tighter than AND: no parentheses needed
        }
        for (QueryNode item : ((QueryNode.All) node).items()) {
            parts.add(display(item, true));
        }
        String joined = String.join(" ", parts);
        return nested ? "(" + joined + ")" : joined;
    }

    private static String displayTerm(QueryNode.Term term) {
        List<String> texts = new ArrayList<>();
        for (QueryNode.Piece piece : term.pieces()) {
            texts.add(piece.text());
        }
        String body = String.join(" ", texts);
        boolean quote = texts.size() > 1 || body.equals("OR") || body.equals("AND");
        return (quote ? "\"" + body + "\"" : body) + (term.userPrefix() ? "*" : "");
    }

    /** Terms of the positive part, for highlighting; excluded terms are left out. */
    static List<HighlightTerm> highlightTerms(QueryNode root) {
        Set<HighlightTerm> out = new LinkedHashSet<>();
        collect(root, out);
        return List.copyOf(out);
    }

    private static void collect(QueryNode node, Set<HighlightTerm> out) {
        if (node instanceof QueryNode.Term term) {
            List<String> tokens = new ArrayList<>();
            for (QueryNode.Piece piece : term.pieces()) {
                String folded = FoldedText.fold(piece.text());
                if (!folded.isEmpty()) {
                    tokens.add(folded);
                }
            }
            if (!tokens.isEmpty()) {
                out.add(new HighlightTerm(tokens, term.prefix()));
            }
        } else if (node instanceof QueryNode.Any any) {
            any.options().forEach(o -> collect(o, out));
        } else if (node instanceof QueryNode.All all) {
            all.items().forEach(i -> collect(i, out));
        }
    }
}
