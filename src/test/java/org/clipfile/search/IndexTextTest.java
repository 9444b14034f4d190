package org.clipfile.search;

import org.clipfile.archive.IndexText;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class IndexTextTest {

    /** The index text split on spaces, which is how unicode61 will see the CJK part. */
    private static List<String> tokens(String text) {
        return List.of(IndexText.forIndex(text).trim().split(" +"));
    }

    @Test
    void chineseRunBecomesBigramsPlusLastCharacter() {
        assertThat(tokens("中国台湾问题Blinken"))
                .containsExactly("中国", "国台", "台湾", "湾问", "问题", "题", "Blinken");
    }

    @Test
    void singleCjkCharacterStaysAUnigram() {
        assertThat(tokens("a台b")).containsExactly("a", "台", "b");
    }

    @Test
    void japaneseKanaAndKanjiFormOneRunIncludingTheProlongedSoundMark() {
        assertThat(tokens("コーヒー店")).containsExactly("コー", "ーヒ", "ヒー", "ー店", "店");
    }

    @Test
    void halfwidthKatakanaAndFullwidthLatinAreNormalised() {
        assertThat(IndexText.forIndex("ＡＢＣ")).isEqualTo("ABC");
        assertThat(tokens("ｶﾀｶﾅ")).containsExactly("カタ", "タカ", "カナ", "ナ");
    }

    @Test
    void hangulAndPunctuationPassUnchanged() {
        assertThat(IndexText.forIndex("한국어 China’s vis-à-vis")).isEqualTo("한국어 China’s vis-à-vis");
    }

    @Test
    void ideographicPunctuationSeparatesRuns() {
        assertThat(tokens("台湾。问题")).containsExactly("台湾", "湾", "。", "问题", "题");
    }

    @Test
    void supplementaryIdeographsAreHandledAsWholeCodePoints() {
        assertThat(tokens("𠀀𠀁")).containsExactly("𠀀𠀁", "𠀁");
    }

    @Test
    void nullAndEmptyGiveEmptyString() {
        assertThat(IndexText.forIndex(null)).isEmpty();
        assertThat(IndexText.forIndex("")).isEmpty();
    }

    @Test
    void loneSurrogateBecomesASpace() {
        assertThat(IndexText.forIndex("a\uD800b")).isEqualTo("a b");
    }

    @Test
    void latinTextIsReturnedAsIs() {
        String text = "Qin Gang held a phone call";
        assertThat(IndexText.forIndex(text)).isSameAs(text);
    }
}
