package org.clipfile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clipfile.testing.Fuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingDetectorTest {

    private static EncodingGuess guessFixture(String name) throws Exception {
        return EncodingDetector.guess(HtmlClippingParserTest.bytes("encodings/" + name));
    }

    @ParameterizedTest
    @CsvSource({
            "windows-1252.txt, windows-1252, Café culture returns to Zürich’s old town",
            "gb18030.txt,      GB18030,      国家统计局：5月份国民经济保持恢复态势",
            "big5.txt,         Big5,         立法會通過新修訂條例",
            "shift_jis.txt,    Shift_JIS,    日本の輸出、３か月連続で増加",
            "utf8.txt,         UTF-8,        Oil prices steady as OPEC+ holds output",
            "utf8-bom.txt,     UTF-8,        Oil prices steady as OPEC+ holds output",
            "utf16le-bom.txt,  UTF-16LE,     Oil prices steady as OPEC+ holds output",
            "utf16be-bom.txt,  UTF-16BE,     Oil prices steady as OPEC+ holds output"})
    void legacyAndUnicodeFilesAreDetected(String file, String charset, String firstLine) throws Exception {
        EncodingGuess guess = guessFixture(file);
        assertThat(guess.sure()).isTrue();
        assertThat(EncodingDetector.displayName(guess.charset())).isEqualTo(charset);
        assertThat(guess.text()).contains(firstLine).doesNotContain("\uFEFF", "\uFFFD");
        assertThat(guess.candidates().get(0).charset()).isEqualTo(guess.charset());
    }

    @Test
    void unicodeNeedsNoNote() throws Exception {
        assertThat(guessFixture("utf8.txt").isPlainUnicode()).isTrue();
        assertThat(guessFixture("utf16le-bom.txt").isPlainUnicode()).isTrue();
        assertThat(guessFixture("gb18030.txt").isPlainUnicode()).isFalse();
    }

    @Test
    void twoCharactersAreNotEnoughToBeSure() throws Exception {
        EncodingGuess guess = guessFixture("ambiguous-short.txt");
        assertThat(guess.sure()).isFalse();
        assertThat(guess.candidates()).extracting(EncodingGuess.Candidate::name).contains("GB18030", "Big5");
        assertThat(guess.candidates()).filteredOn(c -> c.name().equals("GB18030"))
                .singleElement().satisfies(c -> assertThat(c.preview()).isEqualTo("价格 2023"));
        assertThat(guess.candidateNames()).contains(" or ");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRead() throws Exception {
        String text = " date 2023-06-14 China’s Foreign Minister Qin Gang held a call with Blinken — “vis-à-vis” Taiwan.\n";
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            EncodingGuess guess = EncodingDetector.guess(text.getBytes(charset));
            assertThat(guess.sure()).isTrue();
            assertThat(guess.charset()).isEqualTo(charset);
            assertThat(guess.text()).isEqualTo(text);
        }
    }

    @Test
    void zeroBytesThatAreNotUtf16StayBinary() {
        // Zeros in both parities (an executable, an image), or UTF-16 that decodes to control characters.
        byte[] mixed = new byte[400];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = (byte) (i % 3 == 0 ? 0 : 'a' + i % 26);
        }
        byte[] controls = new byte[400];
        for (int i = 0; i < controls.length; i += 2) {
            controls[i] = (byte) (i % 7 + 1); // U+0001..U+0007 in UTF-16LE
        }
        for (byte[] bytes : List.of(mixed, controls)) {
            assertThatThrownBy(() -> EncodingDetector.guess(bytes)).isInstanceOf(TextDecoder.UndecodableException.class)
                    .hasMessage("a binary file, not text");
        }
    }

    @Test
    void binaryAndBrokenBomsAreRefused() {
        assertThatThrownBy(() -> guessFixture("binary.txt")).isInstanceOf(TextDecoder.UndecodableException.class)
                .hasMessage("a binary file, not text");
        assertThatThrownBy(() -> EncodingDetector.guess(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, 0x28}))
                .isInstanceOf(TextDecoder.UndecodableException.class).hasMessageContaining("byte-order mark");
    }

    @Test
    void aPlausibleDeclarationWins() throws Exception {
        byte[] bytes = "<meta charset=\"big5\"><p>價格</p>".getBytes(Charset.forName("Big5"));
        EncodingGuess guess = EncodingDetector.guess(bytes, "big5");
        assertThat(guess.sure()).isTrue();
        assertThat(guess.text()).contains("價格");
        assertThat(guess.basis()).contains("declared");
    }

    @Test
    void aDeclarationTheBytesContradictIsNotTrusted() throws Exception {
        byte[] bytes = "国家统计局发布数据显示国民经济继续恢复，生产需求持续改善，就业物价总体稳定。".getBytes(Charset.forName("GB18030"));
        EncodingGuess guess = EncodingDetector.guess(bytes, "windows-1252");
        assertThat(guess.charset().name()).isEqualTo("GB18030");
        assertThat(guess.sure()).isTrue();
    }

    @Test
    void namesAnalystsUseAreWidenedToWhatFilesReallyUse() {
        assertThat(EncodingDetector.charsetFor("gb2312")).contains(Charset.forName("GB18030"));
        assertThat(EncodingDetector.charsetFor("GBK")).contains(Charset.forName("GB18030"));
        assertThat(EncodingDetector.charsetFor("ISO-8859-1")).contains(Charset.forName("windows-1252"));
        assertThat(EncodingDetector.charsetFor("Shift_JIS").map(EncodingDetector::displayName)).contains("Shift_JIS");
        assertThat(EncodingDetector.charsetFor("utf8")).contains(StandardCharsets.UTF_8);
        assertThat(EncodingDetector.charsetFor("no-such-charset")).isEmpty();
        assertThat(EncodingDetector.charsetFor("")).isEmpty();
    }

    /**
     * The rule that matters: whatever the text and its encoding, a guess that says it is sure
     * decodes to exactly the text that was written. Unsure is allowed; silent mojibake is not.
     */
    @Test
    void aSureGuessIsNeverMojibake() {
        List<String> shared = List.of("the minister said ", " 5.20 ", "\n\n", "2023 ", "(Reuters) ", ", ", ". ");
        List<List<String>> languages = List.of(
                List.of("国家统计局", "发布数据显示，", "经济继续恢复。", "就业物价总体稳定", "中美关系", "外交部发言人表示"),
                List.of("立法會通過", "條例草案，", "議員關注", "執行細節", "中小企業的影響。", "政府發言人表示"),
                List.of("日本の輸出", "３か月連続で", "増加した。", "財務省が", "半導体製造装置", "貿易収支は赤字"),
                List.of("Café ", "Zürich’s ", "“quoted” ", "naïve ", "Müller ", "— ", "€ ", "Renée "),
                List.of("한국 경제는 ", "성장했다. ", "정부는 ", "발표했다. "));
        List<Charset> charsets = List.of(Charset.forName("GB18030"), Charset.forName("Big5"), Charset.forName("windows-31j"),
                Charset.forName("windows-1252"), Charset.forName("EUC-KR"));
        int[] tried = new int[1];
        int[] sure = new int[1];
        Fuzz.check(20230614L, 600, f -> {
            int language = f.nextInt(languages.size());
            List<String> pool = new java.util.ArrayList<>(languages.get(language));
            pool.addAll(shared);
            return language + "\u0001" + f.assemble(pool, 30);
        }, input -> {
            int cut = input.indexOf('\u0001');
            Charset charset = charsets.get(Integer.parseInt(input.substring(0, cut)));
            String text = input.substring(cut + 1);
            if (text.isEmpty() || !charset.newEncoder().canEncode(text) || text.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
                return; // not writable in that encoding, or a control character that makes it "binary"
            }
            tried[0]++;
            byte[] bytes = text.getBytes(charset);
            try {
                EncodingGuess guess = EncodingDetector.guess(bytes);
                if (guess.sure()) {
                    sure[0]++;
                    assertThat(guess.text()).isEqualTo(text);
                }
            } catch (TextDecoder.UndecodableException e) {
                throw new AssertionError("refused text in " + charset, e);
            }
        });
        assertThat(sure[0]).as("most guesses are sure").isGreaterThan(tried[0] / 2);
    }

    @Test
    void anyBytesGiveAGuessOrAReason() {
        Fuzz.check(7L, 500, f -> f.anyString(200), s -> {
            byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
            try {
                EncodingGuess guess = EncodingDetector.guess(bytes, s.length() > 3 ? s.substring(0, 3) : null);
                assertThat(guess.candidates()).isNotEmpty();
            } catch (TextDecoder.UndecodableException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        });
    }
}
