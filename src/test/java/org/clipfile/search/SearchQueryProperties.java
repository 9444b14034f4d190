package org.clipfile.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.sql.SQLException;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** Totality: whatever is typed, parsing and running the query never fail. */
class SearchQueryProperties {

    private FtsTestDatabase db;

    @BeforeProperty
    void openArchive() throws SQLException {
        db = new FtsTestDatabase();
        db.insert(1, "Qin Gang, Blinken hold phone call", FtsTestDatabase.resource("qin-blinken-call-2023-06-14.txt"), "");
        db.insert(2, "秦刚同布林肯通电话", "重申中方在台湾问题上的严正立场。", "");
    }

    @AfterProperty
    void closeArchive() throws SQLException {
        db.close();
    }

    @Property(tries = 400)
    void arbitraryStringsParseAndRun(@ForAll @StringLength(max = 80) String input) {
        assertRunsCleanly(input);
    }

    @Property(tries = 400)
    void hostileTokenSoupParsesAndRuns(@ForAll("hostile") String input) {
        assertRunsCleanly(input);
    }

    @Property(tries = 200)
    void displayFormParsesBackToTheSameQuery(@ForAll("hostile") String input) {
        SearchQuery q = SearchQuery.parse(input);
        SearchQuery again = SearchQuery.parse(q.toString());
        assertThat(again.include()).isEqualTo(q.include());
        assertThat(again.exclude()).isEqualTo(q.exclude());
    }

    private void assertRunsCleanly(String input) {
        SearchQuery q = SearchQuery.parse(input);
        assertThat(q.warnings()).noneMatch(w -> w.startsWith("internal error"));
        assertThatCode(() -> db.search(q)).doesNotThrowAnyException();
        assertThatCode(() -> Highlighter.find(input, q)).doesNotThrowAnyException();
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("\"", "(", ")", "*", "-", ":", "^", "{", "}", " ", " ", " ", "'", "’", "“", "”",
                        "OR", "AND", "NOT", "NEAR", "NEAR(", ",", "+", "\u0000", "\uD800", "😀", "ー"),
                Arbitraries.of("blinken", "taiwan", "vis-a-vis", "china's", "台湾", "台", "问题", "한국", "שלום", "x"),
                Arbitraries.strings().withChars("ab台-\"()*").ofMaxLength(4));
        return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
    }

    @Property(tries = 50)
    void veryLongInputsAreHandled(@ForAll("longInputs") String input) {
        assertRunsCleanly(input);
    }

    @Provide
    Arbitrary<String> longInputs() {
        return Arbitraries.of(List.of("(", "-(", "\"", "a ", "OR ", "a-", "台")).flatMap(
                unit -> Arbitraries.integers().between(500, 5000).map(unit::repeat));
    }
}
