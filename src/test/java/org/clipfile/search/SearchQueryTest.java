package org.clipfile.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

    private static String include(String input) {
        return SearchQuery.parse(input).include().orElse("<none>");
    }

    private static String exclude(String input) {
        return SearchQuery.parse(input).exclude().orElse("<none>");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Blinken                  | \"Blinken\"",
        "qin blinken              | \"qin\" AND \"blinken\"",
        "qin AND blinken          | \"qin\" AND \"blinken\"",
        "`\"new difficulties\"`   | \"new difficulties\"",
        "`\"new difficulties`     | \"new difficulties\"",
        "a OR b                   | (\"a\" OR \"b\")",
        "a b OR c                 | \"a\" AND (\"b\" OR \"c\")",
        "a or b                   | \"a\" AND \"or\" AND \"b\"",
        "OR a                     | \"a\"",
        "a OR                     | \"a\"",
        "a OR OR b                | (\"a\" OR \"b\")",
        "AND a AND                | \"a\"",
        "chin*                    | \"chin\"*",
        "`\"foreign min\"*`       | \"foreign min\"*",
        "(a OR b) c               | (\"a\" OR \"b\") AND \"c\"",
        "(a b                     | \"a\" AND \"b\"",
        "a) b                     | \"a\" AND \"b\"",
        "(a -b) OR c              | ((\"a\" NOT \"b\") OR \"c\")",
        "a OR -b                  | \"a\"",
        "vis-a-vis                | \"vis a vis\"",
        "china's                  | \"china s\"",
        "China’s                  | \"China s\"",
        "U.S.                     | \"U S\"",
        "台湾问题                  | \"台湾 湾问 问题\"",
        "台                       | \"台\"*",
        "台湾 Blinken             | \"台湾\" AND \"Blinken\"",
        "Blinken台湾              | \"Blinken 台湾\"",
        "台湾Blinken              | \"台湾 湾 Blinken\"",
        "Blinken台                | \"Blinken 台\"*",
        "ＡＢＣ                    | \"ABC\"",
        "NEAR(a b)                | \"NEAR\" AND \"a\" AND \"b\"",
        "NOT a                    | \"NOT\" AND \"a\"",
        "`'); DROP TABLE x;--`    | \"DROP\" AND \"TABLE\" AND \"x\"",
        "^foo                     | \"foo\"",
        "col:foo                  | \"col foo\"",
        "{a b}:c                  | \"a\" AND \"b c\"",
        "a+b                      | \"a b\"",
        "“new difficulties”       | \"new difficulties\"",
        "שלום עולם                | \"שלום\" AND \"עולם\"",
        "😀 a                     | \"a\"",
    })
    void translatesToFts5(String input, String expected) {
        assertThat(include(input)).isEqualTo(expected);
    }

    @Test
    void exclusionsGoToExcludeAndAreOredTogether() {
        assertThat(include("blinken -balloon")).isEqualTo("\"blinken\"");
        assertThat(exclude("blinken -balloon")).isEqualTo("\"balloon\"");
        assertThat(exclude("-balloon -\"spy plane\"")).isEqualTo("\"balloon\" OR \"spy plane\"");
        assertThat(exclude("x -(spy balloon)")).isEqualTo("(\"spy\" AND \"balloon\")");
        assertThat(exclude("x -(spy -balloon)")).isEqualTo("(\"spy\" NOT \"balloon\")");
        assertThat(exclude("--foo")).isEqualTo("\"foo\"");
    }

    @Test
    void exclusionOnlyQueryHasNoInclude() {
        SearchQuery q = SearchQuery.parse("-balloon");
        assertThat(q.include()).isEmpty();
        assertThat(q.exclude()).contains("\"balloon\"");
        assertThat(q.isEmpty()).isFalse();
        assertThat(q.highlightTerms()).isEmpty();
    }

    @Test
    void nestedExclusionsInAGroupMoveToTheTopLevel() {
        SearchQuery q = SearchQuery.parse("x (a -b)");
        assertThat(q.include()).contains("\"x\" AND \"a\"");
        assertThat(q.exclude()).contains("\"b\"");
    }

    @Test
    void doubleNegationAndExclusionInsideOrAreDroppedWithAWarning() {
        SearchQuery q = SearchQuery.parse("-(-a)");
        assertThat(q.isEmpty()).isTrue();
        assertThat(q.warnings()).isNotEmpty();
        assertThat(SearchQuery.parse("a OR -b").warnings()).contains("ignored an excluded term inside OR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\"", "\"\"", "\"-\"", "AND", "OR", "OR OR", "*", "-", "- -", ")))", "(((",
        "()", "-()", "^", ":", "{}", "\u0000", "\u0001\u001f\u007f", "\uD800", "\uDC00\uD800", "😀",
        "-(-(-a))"})
    void nothingSearchableIsEmpty(String input) {
        SearchQuery q = SearchQuery.parse(input);
        assertThat(q.isEmpty()).as(q.toString()).isTrue();
        assertThat(q.include()).isEmpty();
        assertThat(q.exclude()).isEmpty();
        assertThat(q.toString()).isEmpty();
    }

    @Test
    void nearOpenedAGroupThatIsClosedAtTheEnd() {
        assertThat(include("NEAR(")).isEqualTo("\"NEAR\"");
        assertThat(include("NEAR(a")).isEqualTo("\"NEAR\" AND \"a\"");
    }

    @Test
    void nullIsEmpty() {
        assertThat(SearchQuery.parse(null).isEmpty()).isTrue();
    }

    @Test
    void warningsExplainRepairs() {
        assertThat(SearchQuery.parse("a) (b").warnings())
                .containsExactly("ignored unbalanced ')'", "added missing ')' at the end of the query");
        assertThat(SearchQuery.parse("\"abc").warnings())
                .containsExactly("closed an unterminated quote at the end of the query");
        assertThat(SearchQuery.parse("a - b *").warnings()).containsExactly("ignored a lone '-'", "ignored a lone '*'");
        assertThat(SearchQuery.parse("OR a").warnings()).containsExactly("ignored 'OR' without a term on both sides");
        assertThat(SearchQuery.parse("^").warnings()).containsExactly("ignored '^': no letters or digits");
        assertThat(SearchQuery.parse("Blinken").warnings()).isEmpty();
    }

    @Test
    void controlCharactersSeparateWordsAndNeverReachTheOutput() {
        assertThat(include("a\u0000b")).isEqualTo("\"a\" AND \"b\"");
        assertThat(include("a\uD800b")).isEqualTo("\"a b\"");
        assertThat(include("a\u200Bb")).isEqualTo("\"a b\""); // zero-width space is a format char, not a letter
    }

    @Test
    void tenThousandOpeningParenthesesAreFlattenedQuickly() {
        long t0 = System.nanoTime();
        SearchQuery q = SearchQuery.parse("x " + "(".repeat(10_000));
        assertThat(System.nanoTime() - t0).isLessThan(1_000_000_000L);
        assertThat(q.include()).contains("\"x\"");
        assertThat(SearchQuery.parse("(".repeat(10_000)).isEmpty()).isTrue();

        SearchQuery deep = SearchQuery.parse("(".repeat(1_900) + "a b" + ")".repeat(3));
        assertThat(deep.include()).contains("\"a\" AND \"b\"");
        assertThat(deep.warnings()).contains("flattened parentheses nested deeper than 32 levels");
        assertThat(SearchQuery.parse("-(" + "(".repeat(900) + "x").exclude()).contains("\"x\"");
    }

    @Test
    void deepButAllowedNestingIsKept() {
        String input = "(a OR ".repeat(20) + "b" + ")".repeat(20);
        assertThat(SearchQuery.parse(input).include().orElseThrow()).contains("\"a\"").contains("\"b\"");
    }

    @Test
    void inputIsTruncatedAndTermsLimited() {
        SearchQuery longInput = SearchQuery.parse("a".repeat(1999) + "😀b");
        assertThat(longInput.warnings()).contains("used only the first 2000 characters");
        assertThat(longInput.include()).contains("\"" + "a".repeat(1999) + "\"");

        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            many.append('w').append(i).append(' ');
        }
        SearchQuery q = SearchQuery.parse(many.toString());
        assertThat(q.include().orElseThrow()).contains("\"w63\"").doesNotContain("\"w64\"");
        assertThat(q.warnings()).contains("used only the first 64 terms");
    }

    @Test
    void toStringShowsTheNormalisedQuery() {
        SearchQuery q = SearchQuery.parse("Blinken  -balloon “new difficulties” (taiwan OR 台湾) chin* vis-a-vis OR");
        assertThat(q).hasToString("Blinken -balloon \"new difficulties\" taiwan OR 台湾 chin* \"vis a vis\"");
        assertThat(SearchQuery.parse("(a b) OR c -(d OR e)")).hasToString("(a b) OR c -(d OR e)");
        assertThat(SearchQuery.parse("\"OR\" x")).hasToString("\"OR\" x");
    }

    @Test
    void toStringParsesBackToTheSameQuery() {
        for (String input : List.of("(a b) OR c -(d OR e)", "\"OR\" AND x", "台湾问题Blinken 台*", "-\"a b\"* c",
                "((a OR b) (c OR -d)) -e", "\"台湾 问题\" 台湾问题")) {
            SearchQuery q = SearchQuery.parse(input);
            SearchQuery again = SearchQuery.parse(q.toString());
            assertThat(again.include()).as(input).isEqualTo(q.include());
            assertThat(again.exclude()).as(input).isEqualTo(q.exclude());
        }
    }

    @Test
    void highlightTermsAreFoldedPositiveTermsWithCjkRunsWhole() {
        SearchQuery q = SearchQuery.parse("Vis-à-Vis China’s chin* 台湾问题 台 -balloon (x OR -y)");
        assertThat(q.highlightTerms()).containsExactly(
                new HighlightTerm(List.of("vis", "a", "vis"), false),
                new HighlightTerm(List.of("china", "s"), false),
                new HighlightTerm(List.of("chin"), true),
                new HighlightTerm(List.of("台湾问题"), false),
                new HighlightTerm(List.of("台"), true),
                new HighlightTerm(List.of("x"), false));
    }

    @Test
    void everyEmittedStringContainsOnlyTokenCharactersAndSpaces() {
        String hostile = "\"'); DROP TABLE x;-- NEAR(a b, 3) {title body}:c ^x a:* \"\" \" * - AND OR NOT";
        SearchQuery q = SearchQuery.parse(hostile);
        for (Optional<String> expr : List.of(q.include(), q.exclude())) {
            expr.ifPresent(e -> assertThat(e.replaceAll("\"[\\p{L}\\p{N}\\p{M} ]+\"\\*?", "T"))
                    .as(e).matches("[T() ]*(?:(?: AND | OR | NOT )[T() ]*)*"));
        }
    }
}
