package org.clipfile.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingTextTest {
    static final String WIRE = """
            WASHINGTON, June 14 (Reuters) - Chinese Foreign Minister Qin Gang told
            U.S. Secretary of State Antony Blinken in a phone call on Wednesday that
            Washington should stop interfering in China's internal affairs.

            Blinken is expected to travel to Beijing later this month, the first
            visit by a U.S. secretary of state in five years, after a trip was put
            off in February over the balloon.
            """;

    @Test
    void hardWrappedWireCopyBecomesParagraphsOfTheSameLength() {
        String read = ReadingText.reflow(WIRE);
        assertThat(read).hasSameSizeAs(WIRE);
        assertThat(read).contains("Qin Gang told U.S. Secretary").contains("that Washington should")
                .contains("internal affairs.\n\nBlinken is expected to travel to Beijing later this month, the first visit");
        assertThat(read.split("\n\n")).hasSize(2);
    }

    @Test
    void aShortLineEndsItsParagraphEvenWithoutABlankLine() {
        String text = """
                The talks in Vienna went on late into the night, with delegates from
                both sides saying that progress had been made on the main points.
                A deal is expected on Friday.
                Officials on both sides declined to give details of the draft text,
                saying only that the remaining gaps were narrow and technical.
                """;
        String read = ReadingText.reflow(text);
        assertThat(read).contains("night, with delegates from both sides")
                .contains("main points. A deal is expected on Friday.\nOfficials on both sides");
    }

    @Test
    void chineseLinesJoinWithoutAVisibleSpace() {
        String text = "外交部发言人汪文斌在例行记者会上表示，中方对美方的做法表示强烈不满和坚决反对，已经\n"
                + "向美方提出严正交涉。他说，台湾问题是中国核心利益中的核心，是中美关系政治基础中的\n"
                + "基础，是中美关系第一条不可逾越的红线。美方应当恪守一个中国原则和中美三个联合公报。\n\n"
                + "汪文斌还说，中方将继续采取坚决有力措施，捍卫国家主权和领土完整。这是正当合理的。\n";
        String read = ReadingText.reflow(text);
        assertThat(read).hasSameSizeAs(text);
        assertThat(read).contains("已经\u200B向美方").contains("基础中的\u200B基础").doesNotContain("已经 向");
        assertThat(read).contains("联合公报。\n\n汪文斌");
    }

    @Test
    void textThatIsNotHardWrappedIsLeftAlone() {
        String paragraphs = "A first paragraph that runs on and on well past any wire service's margin, because it was"
                + " pasted from a web page where each paragraph is one long line of text.\n"
                + "A second one, short.\nA third paragraph, again long enough to run past a hundred columns of text"
                + " before it comes to an end.\n";
        assertThat(ReadingText.reflow(paragraphs)).isEqualTo(paragraphs);
        assertThat(ReadingText.reflow("One line only.")).isEqualTo("One line only.");
        assertThat(ReadingText.reflow("")).isEmpty();
    }

    @Test
    void listsAndIndentedParagraphsKeepTheirBreaks() {
        String text = """
                The statement listed three demands that the ministry said were not
                open to negotiation at this stage of the talks between the two sides:
                - an end to arms sales to the island by the United States government
                - no official contacts at any level between the two administrations
                  and their military officers, which Beijing has long objected to
                """;
        String read = ReadingText.reflow(text);
        assertThat(read).contains("not open to negotiation").contains("sides:\n- an end").contains("government\n- no official");
    }

    @Test
    void windowsLineBreaksAreJoinedToo() {
        String text = "Chinese Foreign Minister Qin Gang told U.S. Secretary of State Antony\r\n"
                + "Blinken in a phone call on Wednesday that Washington should stop its\r\n"
                + "interference in China's internal affairs, the ministry said today.\r\n";
        String read = ReadingText.reflow(text);
        assertThat(read).hasSameSizeAs(text).contains("Antony \u200BBlinken").doesNotContain("\r\nBlinken");
    }

    @Test
    void aFirstLineRepeatingTheTitleIsLeftOutOfTheReading() {
        String text = "Qin and Blinken  speak by phone\n\nQin Gang told Blinken that the balloon affair had hurt relations.";
        ReadingText r = ReadingText.of(text, "Qin and Blinken speak by phone");
        assertThat(r.text()).startsWith("Qin Gang told");
        assertThat(r.start()).isEqualTo(text.indexOf("Qin Gang"));
        assertThat(ReadingText.of(text, "Another title").start()).isZero();
        assertThat(ReadingText.of("Only the title", "Only the title").text()).isEqualTo("Only the title");
    }
}
