package org.clipfile.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void isLowerCaseSha256Hex() {
        // sha256("") is a well-known constant.
        assertThat(ContentHash.of("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(ContentHash.of("  \n ")).isEqualTo(ContentHash.of(""));
        assertThat(ContentHash.of(null)).isEqualTo(ContentHash.of(""));
        assertThat(ContentHash.of("abc")).matches("[0-9a-f]{64}");
    }

    @Test
    void browserPasteAndFileImportOfTheSameArticleMatch() {
        String browser = "China’s minister said “it’s clear who is responsible” \u2014 a\u00A0sharp  rebuke.\n\nSecond\u2011hand.";
        String file = "china's minister said \"it's clear who is responsible\" - a sharp rebuke.\r\n\r\nSecond-hand.";
        assertThat(ContentHash.of(browser)).isEqualTo(ContentHash.of(file));
    }

    @Test
    void everyDashAndWidthVariantIsFolded() {
        assertThat(ContentHash.normalise("a‐b‑c‒d–e—f―g")).isEqualTo("a-b-c-d-e-f-g");
        assertThat(ContentHash.normalise("ＡＢＣ１２３")).isEqualTo("abc123"); // NFKC full-width
        assertThat(ContentHash.normalise(" Tabs\tand\u3000ideographic  spaces ")).isEqualTo("tabs and ideographic spaces");
    }

    @Test
    void differentWordsDiffer() {
        assertThat(ContentHash.of("Qin spoke to Blinken.")).isNotEqualTo(ContentHash.of("Qin spoke to Yellen."));
    }
}
