package org.clipfile.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HighlighterTest {

    private static List<String> highlighted(String text, String query) {
        return Highlighter.find(text, SearchQuery.parse(query)).stream()
                .map(r -> text.substring(r.start(), r.end()))
                .toList();
    }

    @Test
    void foldsAccentsAndCase() {
        assertThat(highlighted("interests vis-à-vis the conflict", "vis-a-vis")).containsExactly("vis-à-vis");
        assertThat(highlighted("Café CAFE cafe\u0301", "cafe")).containsExactly("Café", "CAFE", "cafe\u0301");
    }

    @Test
    void curlyAndStraightApostrophesBothSeparate() {
        String text = "China’s stance and China's exports";
        assertThat(highlighted(text, "china's")).containsExactly("China’s", "China's");
        assertThat(highlighted(text, "China’s")).containsExactly("China’s", "China's");
    }

    @Test
    void phraseWordsMustBeConsecutive() {
        String text = "facing “new difficulties and challenges\". New, difficulties! new problems";
        assertThat(highlighted(text, "\"new difficulties\"")).containsExactly("new difficulties", "New, difficulties");
    }

    @Test
    void prefixMatchesWholeWordsThatStartWithIt() {
        assertThat(highlighted("China, Chinese, machine", "chin*")).containsExactly("China", "Chinese");
    }

    @Test
    void cjkTermsMatchAsSubstringsInsideRuns() {
        String text = "中方在台湾问题上的立场。台北";
        assertThat(highlighted(text, "湾问")).containsExactly("湾问");
        assertThat(highlighted(text, "台")).containsExactly("台", "台");
        assertThat(highlighted(text, "台湾问题")).containsExactly("台湾问题");
        assertThat(highlighted("Blinken在北京讨论台湾问题", "台湾 Blinken")).containsExactly("Blinken", "台湾");
        assertThat(highlighted("Blinken在北京", "Blinken在北")).containsExactly("Blinken在北");
        assertThat(highlighted("Blinken在北京", "在北京Blinken")).isEmpty();
    }

    @Test
    void rangesAreOffsetsIntoTheOriginalString() {
        String text = "ＡＢＣ news: 𠀀台湾 and ﬁne";
        List<Range> ranges = Highlighter.find(text, SearchQuery.parse("abc 台湾 fine"));
        assertThat(ranges).extracting(r -> text.substring(r.start(), r.end())).containsExactly("ＡＢＣ", "台湾", "ﬁne");
    }

    @Test
    void excludedTermsAreNotHighlighted() {
        assertThat(highlighted("Blinken and the balloon", "Blinken -balloon")).containsExactly("Blinken");
    }

    @Test
    void overlappingMatchesAreMergedAndSorted() {
        String text = "new difficulties and new challenges";
        List<Range> ranges = Highlighter.find(text, SearchQuery.parse("challenges OR \"new difficulties\" difficulties new"));
        assertThat(ranges).containsExactly(new Range(0, 16), new Range(21, 24), new Range(25, 35));
    }

    @Test
    void sampleTextHighlightsEveryOccurrence() {
        String text = FtsTestDatabase.resource("qin-blinken-call-2023-06-14.txt");
        assertThat(highlighted(text, "Blinken")).hasSize(5).allMatch(s -> s.equals("Blinken"));
        assertThat(highlighted(text, "china's")).containsOnly("China’s").hasSize(4);
        assertThat(highlighted(text, "vis-a-vis")).containsExactly("vis-à-vis");
    }

    @Test
    void nothingToHighlight() {
        assertThat(Highlighter.find("", SearchQuery.parse("a"))).isEmpty();
        assertThat(Highlighter.find(null, SearchQuery.parse("a"))).isEmpty();
        assertThat(Highlighter.find("a b", SearchQuery.parse("-a"))).isEmpty();
    }
}
