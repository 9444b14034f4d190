package org.clipfile.search;

import java.util.ArrayList;
import java.util.List;

import org.clipfile.search.QueryLexer.Kind;
import org.clipfile.search.QueryLexer.Lexeme;

/**
 * Builds the raw query tree from lexemes. Recursion is bounded by {@link #MAX_DEPTH}: deeper
 * groups are flattened into their parent, so any number of parentheses is safe.
 */
final class QueryParser {

    static final int MAX_DEPTH = 32;
    static final int MAX_TERMS = 64;

    private final List<Lexeme> lexemes;
    private final Warnings warnings;
    private int pos;
    private int terms;
    /** Parentheses opened beyond MAX_DEPTH and not yet closed; their ')' are skipped. */
    private int flattenedOpens;

    private QueryParser(List<Lexeme> lexemes, Warnings warnings) {
        this.lexemes = lexemes;
        this.warnings = warnings;
    }

    static QueryNode.All parse(List<Lexeme> lexemes, Warnings warnings) {
        return new QueryParser(lexemes, warnings).group(0);
    }

    private QueryNode.All group(int depth) {
        List<QueryNode> items = new ArrayList<>();
        boolean pendingOr = false;
        while (pos < lexemes.size()) {
            Lexeme lx = lexemes.get(pos++);
            switch (lx.kind()) {
                case CLOSE:
                    if (flattenedOpens > 0) {
                        flattenedOpens--;
                    } else if (depth > 0) {
                        warnIfDangling(pendingOr);
                        return new QueryNode.All(items);
                    } else {
                        warnings.add("ignored unbalanced ')'");
                    }
                    break;
                case AND:
                    if (items.isEmpty() || pendingOr || !operandFollows()) {
                        warnings.add("ignored 'AND' without a term on both sides");
                    }
                    break;
                case OR:
                    if (items.isEmpty() || pendingOr || !operandFollows()) {
                        warnings.add("ignored 'OR' without a term on both sides");
                    } else {
                        pendingOr = true;
                    }
                    break;
                case OPEN:
                    if (depth >= MAX_DEPTH) {
                        flattenedOpens++;
                        warnings.add("flattened parentheses nested deeper than " + MAX_DEPTH + " levels");
                    } else {
                        QueryNode.All inner = group(depth + 1);
                        if (inner.items().isEmpty()) {
                            warnings.add("ignored empty parentheses");
                        } else {
                            pendingOr = add(items, lx.negated() ? new QueryNode.Not(inner) : inner, pendingOr);
                        }
                    }
                    break;
                default:
                    QueryNode term = term(lx);
                    if (term != null) {
                        pendingOr = add(items, term, pendingOr);
                    }
                    break;
            }
        }
        if (depth > 0 || flattenedOpens > 0) {
            warnings.add("added missing ')' at the end of the query");
        }
        warnIfDangling(pendingOr);
        return new QueryNode.All(items);
    }

    private void warnIfDangling(boolean pendingOr) {
        if (pendingOr) {
            warnings.add("ignored 'OR' without a term on both sides");
        }
    }

    private boolean operandFollows() {
        if (pos >= lexemes.size()) {
            return false;
        }
        Kind next = lexemes.get(pos).kind();
        return next == Kind.OPEN || next == Kind.WORD || next == Kind.PHRASE;
    }

    /** Adds an operand, joining it to the previous one when an OR is pending. Returns the new pendingOr. */
    private static boolean add(List<QueryNode> items, QueryNode node, boolean pendingOr) {
        if (pendingOr && !items.isEmpty()) {
            QueryNode last = items.remove(items.size() - 1);
            List<QueryNode> options = new ArrayList<>();
            if (last instanceof QueryNode.Any any) {
                options.addAll(any.options());
            } else {
                options.add(last);
            }
            options.add(node);
            items.add(new QueryNode.Any(options));
        } else {
            items.add(node);
        }
        return false;
    }

    private QueryNode term(Lexeme lx) {
        List<QueryNode.Piece> pieces = QueryNode.Term.piecesOf(lx.text());
        if (pieces.isEmpty()) {
            if (lx.kind() == Kind.PHRASE) {
                warnings.add(lx.text().isBlank() ? "ignored empty quotes"
                        : "ignored quotes without letters or digits: " + Warnings.quote(lx.text()));
            } else if (lx.text().isEmpty()) {
                warnings.add("ignored a lone '*'");
            } else {
                warnings.add("ignored " + Warnings.quote(lx.text()) + ": no letters or digits");
            }
            return null;
        }
        if (terms >= MAX_TERMS) {
            warnings.add("used only the first " + MAX_TERMS + " terms");
            return null;
        }
        terms++;
        QueryNode.Term term = new QueryNode.Term(pieces, lx.prefix());
        return lx.negated() ? new QueryNode.Not(term) : term;
    }
}
