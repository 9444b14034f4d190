package org.clipfile.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** End to end: text through IndexText into a real FTS5 table, queries through SearchQuery. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchQuerySqliteTest {

    private static final long QIN_BLINKEN = 1;
    private static final long CHINESE = 2;
    private static final long JAPANESE = 3;
    private static final long BEIJING_TITLE = 4;
    private static final long MIXED = 5;
    private static final long EXPORTS = 6;
    private static final long BALLOON = 7;

    private FtsTestDatabase db;

    @BeforeAll
    void createArchive() throws SQLException {
        db = new FtsTestDatabase();
        db.insert(QIN_BLINKEN, "Qin Gang, Blinken hold phone call",
                FtsTestDatabase.resource("qin-blinken-call-2023-06-14.txt"), "");
        db.insert(CHINESE, "秦刚同布林肯通电话",
                "中国外交部长秦刚与美国国务卿布林肯通电话，重申中方在台湾问题上的严正立场。", "");
        db.insert(JAPANESE, "ブリンケン国務長官が訪中へ",
                "ブリンケン米国務長官は北京を訪問し、台湾について協議した。会談の後でコーヒーを飲んだ。", "");
        db.insert(BEIJING_TITLE, "Blinken to visit Beijing", "The US Secretary of State arrives on Sunday.", "");
        db.insert(MIXED, "Blinken在北京讨论台湾问题", "", "");
        db.insert(EXPORTS, "Exports", "China's exports fell in May.", "");
        db.insert(BALLOON, "Spy balloon", "A suspected surveillance balloon drifted over Montana.", "tracked");
    }

    @AfterAll
    void close() throws SQLException {
        db.close();
    }

    private List<Long> search(String input) throws SQLException {
        return db.search(SearchQuery.parse(input));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Blinken               | 1 4 5",
        "vis-a-vis             | 1",
        "vis-à-vis             | 1",
        "china's               | 1 6",
        "China’s               | 1 6",
        "chin*                 | 1 6",
        "`\"new difficulties\"`| 1",
        "`\"difficulties new\"`| none",
        "Blinken -balloon      | 4 5",
        "Taiwan OR 台湾         | 1 2 3 5",
        "台湾                   | 2 3 5",
        "台湾 Blinken           | 5",
        "湾问                   | 2 5",
        "台                     | 2 3 5",
        "题                     | 2 5",
        "-balloon              | 2 3 4 5 6",
        "-balloon -台湾         | 4 6",
        "ブリンケン              | 3",
        "国務長官               | 3",
        "コーヒー               | 3",
        "Blinken在北京          | 5",
        "北京讨论台湾问题        | 5",
        "(spy OR chinese) -qin | 7",
        "`'); DROP TABLE x;--` | none",
        "NEAR(Qin Blinken)     | none",
        "qin:gang              | 1",
    })
    void findsTheExpectedClippings(String input, String expectedIds) throws SQLException {
        List<Long> expected = expectedIds.equals("none") ? List.of()
                : java.util.Arrays.stream(expectedIds.trim().split(" +")).map(Long::valueOf).toList();
        assertThat(search(input)).as(SearchQuery.parse(input).include() + " / " + SearchQuery.parse(input).exclude())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void bm25WeightsRankATitleHitAboveBodyHits() throws SQLException {
        // "Beijing" is in the title of 4 but only in the body (three times) of 1.
        assertThat(search("Beijing")).containsExactly(BEIJING_TITLE, QIN_BLINKEN);
    }

    @Test
    void deletedRowsNoLongerMatch() throws SQLException {
        try (FtsTestDatabase other = new FtsTestDatabase()) {
            other.insert(1, "Blinken", "", "");
            other.insert(2, "Blinken", "", "");
            other.deleteFts(1);
            assertThat(other.search(SearchQuery.parse("blinken"))).containsExactly(2L);
        }
    }
}
