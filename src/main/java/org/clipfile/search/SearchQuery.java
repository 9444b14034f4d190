package org.clipfile.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * A user's search, translated by our own parser into FTS5 expressions for the
 * {@code clipping_fts} table. Raw input never reaches FTS5: every term is emitted as a
 * double-quoted FTS5 string containing only letters, digits, combining marks and spaces, and
 * every operator is generated here. {@link #parse(String)} never throws, and its output never
 * causes an FTS5 syntax error.
 *
 * <h2>Query language</h2>
 * <ul>
 *   <li><b>Words</b>: {@code qin blinken} finds clippings containing all words. Case and accents
 *       are ignored ({@code cafe} finds {@code Café}). {@code AND} in capitals between two terms
 *       is accepted and means the same; elsewhere it is ignored.</li>
 *   <li><b>Phrases</b>: {@code "new difficulties"} finds the words next to each other. A quote
 *       without its closing partner runs to the end of the query. Typographic quotes
 *       ({@code “…”}) work like {@code "}.</li>
 *   <li><b>Either</b>: {@code taiwan OR 台湾} (capital {@code OR} only; {@code or} is an ordinary
 *       word). {@code OR} binds tighter than the implicit AND: {@code a b OR c} means
 *       {@code a AND (b OR c)}. An {@code OR} without a term on both sides (at the start, at the
 *       end, or doubled) is ignored.</li>
 *   <li><b>Exclusion</b>: {@code -balloon}, {@code -"spy balloon"}, {@code -(spy balloon)} leave
 *       out clippings that match. A lone {@code -} is ignored; {@code --x} is the same as
 *       {@code -x}. An exclusion cannot be an alternative: inside OR it is dropped, so
 *       {@code a OR -b} means {@code a}. A query of exclusions only ({@code -balloon}) matches
 *       every clipping except those.</li>
 *   <li><b>Prefix</b>: {@code chin*} finds china, chinese… ({@code "foreign min"*} applies to the
 *       phrase's last word). A lone {@code *} is ignored.</li>
 *   <li><b>Groups</b>: {@code (taiwan OR 台湾) -balloon}. A missing {@code )} is added at the end,
 *       a stray {@code )} is ignored. Groups nested deeper than 32 levels are flattened into
 *       their parent (a {@code -} before such a group is then ignored).</li>
 *   <li><b>Punctuation inside a word</b> splits it as the index does, and the pieces form a
 *       phrase: {@code vis-a-vis} means {@code "vis a vis"}, {@code China's} and {@code China’s}
 *       both mean {@code "china s"}, {@code U.S.} means {@code "u s"}. Words without any letter
 *       or digit ({@code ^}, {@code :}, emoji) are ignored, so FTS5 syntax typed by users is
 *       harmless: {@code NEAR(a b)} is the words near, a, b; {@code col:foo} is the phrase
 *       "col foo"; {@code NOT} is the word "not".</li>
 *   <li><b>Chinese and Japanese</b> need no spaces: {@code 台湾问题} finds the characters in
 *       sequence anywhere in a text; a single character ({@code 台}) finds it anywhere.
 *       {@code 台湾 Blinken} needs both.</li>
 *   <li><b>Limits</b>: input beyond 2,000 characters is cut off; only the first 64 terms are
 *       used. Each such repair is reported in {@link #warnings()}.</li>
 * </ul>
 *
 * <h2>Using the result</h2>
 * FTS5's NOT needs a left operand, so exclusions at the top level are returned separately:
 * <pre>{@code
 * ... WHERE rowid IN (SELECT rowid FROM clipping_fts WHERE clipping_fts MATCH :include)
 *       AND rowid NOT IN (SELECT rowid FROM clipping_fts WHERE clipping_fts MATCH :exclude)
 * }</pre>
 * omitting each part that is empty, and applying no text filter when {@link #isEmpty()}.
 */
public final class SearchQuery {

    public static final int MAX_INPUT_CHARS = 2000;
    public static final int MAX_TERMS = QueryParser.MAX_TERMS;
    public static final int MAX_NESTING = QueryParser.MAX_DEPTH;

    private static final SearchQuery EMPTY = new SearchQuery(null, null, "", List.of(), List.of());

    private final String include;
    private final String exclude;
    private final String display;
    private final List<String> warnings;
    private final List<HighlightTerm> highlightTerms;

    private SearchQuery(String include, String exclude, String display, List<String> warnings,
                        List<HighlightTerm> highlightTerms) {
        this.include = include;
        this.exclude = exclude;
        this.display = display;
        this.warnings = List.copyOf(warnings);
        this.highlightTerms = List.copyOf(highlightTerms);
    }

    /** Parses any input, including null; never throws. */
    public static SearchQuery parse(String userInput) {
        if (userInput == null || userInput.isEmpty()) {
            return EMPTY;
        }
        Warnings warnings = new Warnings();
        try {
            return compile(userInput, warnings);
        } catch (RuntimeException | StackOverflowError e) {
            // Unreachable by design; a search box must still not crash the application.
            warnings.add("internal error: the query could not be understood (" + e.getClass().getSimpleName() + ")");
            return new SearchQuery(null, null, "", warnings.toList(), List.of());
        }
    }

    private static SearchQuery compile(String userInput, Warnings warnings) {
        String input = userInput;
        if (input.length() > MAX_INPUT_CHARS) {
            int cut = MAX_INPUT_CHARS;
            if (Character.isHighSurrogate(input.charAt(cut - 1))) {
                cut--; // do not leave half a character behind
            }
            input = input.substring(0, cut);
            warnings.add("used only the first " + MAX_INPUT_CHARS + " characters");
        }
        input = Normalizer.normalize(input, Normalizer.Form.NFKC);
        QueryNode.All raw = QueryParser.parse(QueryLexer.lex(input, warnings), warnings);
        QueryNode root = new QueryCompiler(warnings).simplify(raw);
        if (root == null) {
            return new SearchQuery(null, null, "", warnings.toList(), List.of());
        }
        String include;
        String exclude = null;
        if (root instanceof QueryNode.All all) {
            List<QueryNode> positives = QueryCompiler.positives(all);
            List<QueryNode> negatives = QueryCompiler.negatives(all);
            include = positives.isEmpty() ? null : unwrap(QueryCompiler.conjunction(positives), positives.size());
            exclude = negatives.isEmpty() ? null : unwrap(QueryCompiler.disjunction(negatives), negatives.size());
        } else {
            include = QueryCompiler.fts(root);
        }
        return new SearchQuery(include, exclude, QueryCompiler.display(root, false), warnings.toList(),
                QueryCompiler.highlightTerms(root));
    }

    /** Drops the outer parentheses that join() puts around a top-level list of several operands. */
    private static String unwrap(String expression, int operands) {
        return operands > 1 ? expression.substring(1, expression.length() - 1) : expression;
    }

    /** FTS5 MATCH expression for the positive part; empty when the query only excludes. */
    public Optional<String> include() {
        return Optional.ofNullable(include);
    }

    /** FTS5 MATCH expression whose matches are to be removed from the result; empty when none. */
    public Optional<String> exclude() {
        return Optional.ofNullable(exclude);
    }

    /** True when nothing searchable remains: the caller should apply no text filter. */
    public boolean isEmpty() {
        return include == null && exclude == null;
    }

    /** Human-readable notes on what was ignored or repaired, in input order. */
    public List<String> warnings() {
        return warnings;
    }

    /** Terms of the positive part, for {@link Highlighter}. */
    public List<HighlightTerm> highlightTerms() {
        return highlightTerms;
    }

    /** The query as understood, in the query language (parses back to the same query). */
    @Override
    public String toString() {
        return display;
    }
}
