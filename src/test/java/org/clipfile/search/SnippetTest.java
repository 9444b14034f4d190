package org.clipfile.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SnippetTest {

    private static List<String> marked(Snippet s) {
        return s.ranges().stream().map(r -> s.text().substring(r.start(), r.end())).toList();
    }

    @Test
    void shortTextIsReturnedWhole() {
        Snippet s = Snippet.around("Blinken visits", List.of(new Range(0, 7)), 100);
        assertThat(s.text()).isEqualTo("Blinken visits");
        assertThat(marked(s)).containsExactly("Blinken");
    }

    @Test
    void windowIsCutAtWordsWithEllipsesAndRangesRebased() {
        String text = FtsTestDatabase.resource("qin-blinken-call-2023-06-14.txt");
        List<Range> ranges = Highlighter.find(text, SearchQuery.parse("vis-a-vis"));
        Snippet s = Snippet.around(text, ranges, 80);
        assertThat(s.text()).startsWith("…").endsWith("…").contains("vis-à-vis");
        assertThat(s.text().length()).isLessThanOrEqualTo(82);
        assertThat(marked(s)).containsExactly("vis-à-vis");
        assertThat(s.text().substring(1, 2)).isNotBlank();
        String inner = s.text().substring(1, s.text().length() - 1);
        assertThat(text).contains(inner);
        int at = text.indexOf(inner);
        assertThat(at == 0 || Character.isWhitespace(text.charAt(at - 1))).isTrue();
    }

    @Test
    void prefersTheDensestCluster() {
        String text = "alpha " + "filler ".repeat(30) + "beta gamma beta " + "filler ".repeat(30);
        List<Range> ranges = Highlighter.find(text, SearchQuery.parse("alpha OR beta OR gamma"));
        Snippet s = Snippet.around(text, ranges, 40);
        assertThat(marked(s)).containsExactly("beta", "gamma", "beta");
    }

    @Test
    void withoutRangesTheStartIsShown() {
        Snippet s = Snippet.around("one two three four five six", List.of(), 12);
        assertThat(s.text()).isEqualTo("one two…");
        assertThat(s.ranges()).isEmpty();
    }

    @Test
    void rejectsNonPositiveLength() {
        assertThatThrownBy(() -> Snippet.around("x", List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
