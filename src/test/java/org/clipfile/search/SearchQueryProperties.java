package org.clipfile.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.sql.SQLException;
import java.util.List;
import org.clipfile.testing.Fuzz;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Totality: whatever is typed, parsing and running the query never fail. */
class SearchQueryProperties {
    private static final List<String> HOSTILE = List.of("\"", "(", ")", "*", "-", ":", "^", "{", "}", " ", " ", " ", "'",
            "’", "“", "”", "OR", "AND", "NOT", "NEAR", "NEAR(", ",", "+", "\u0000", "\uD800", "😀", "ー", "blinken",
            "taiwan", "vis-a-vis", "china's", "台湾", "台", "问题", "한국", "שלום", "x", "a-", "台-\"", "(*");

    private FtsTestDatabase db;

    @BeforeEach
    void openArchive() throws SQLException {
        db = new FtsTestDatabase();
        db.insert(1, "Qin Gang, Blinken hold phone call", FtsTestDatabase.resource("qin-blinken-call-2023-06-14.txt"), "");
        db.insert(2, "秦刚同布林肯通电话", "重申中方在台湾问题上的严正立场。", "");
    }

    @AfterEach
    void closeArchive() throws SQLException {
        db.close();
    }

    @Test
    void arbitraryStringsParseAndRun() {
        Fuzz.check(11, 400, f -> f.anyString(80), this::assertRunsCleanly);
    }

    @Test
    void hostileTokenSoupParsesAndRuns() {
        Fuzz.check(12, 600, f -> f.assemble(HOSTILE, 30), this::assertRunsCleanly);
    }

    @Test
    void displayFormParsesBackToTheSameQuery() {
        Fuzz.check(13, 300, f -> f.assemble(HOSTILE, 30), input -> {
            SearchQuery q = SearchQuery.parse(input);
            SearchQuery again = SearchQuery.parse(q.toString());
            assertThat(again.include()).isEqualTo(q.include());
            assertThat(again.exclude()).isEqualTo(q.exclude());
        });
    }

    @Test
    void veryLongInputsAreHandled() {
        List<String> units = List.of("(", "-(", "\"", "a ", "OR ", "a-", "台");
        Fuzz.check(14, 50, f -> f.pick(units).repeat(500 + f.nextInt(4500)), this::assertRunsCleanly);
    }

    private void assertRunsCleanly(String input) {
        SearchQuery q = SearchQuery.parse(input);
        assertThat(q.warnings()).noneMatch(w -> w.startsWith("internal error"));
        assertThatCode(() -> db.search(q)).doesNotThrowAnyException();
        assertThatCode(() -> Highlighter.find(input, q)).doesNotThrowAnyException();
    }
}
