package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.clipfile.ui.common.Theme;
import org.junit.jupiter.api.Test;

/** The window side of {@code clipfile screenshot}: the arguments the command line passes on. */
class ScreenshotArgumentsTest {
    @Test
    void theRangeAndTheThemeArePassedOn() {
        Screenshot.Options o = Screenshot.parse(new String[] {"--archive", "a.db", "-o", "w.png", "--from", "2020-03-01",
                "--to", "2020-03-31", "--theme", "dark"});
        assertThat(o.from()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(o.to()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(o.theme()).isEqualTo(Theme.DARK);
        assertThat(Screenshot.parse(new String[] {"-o", "w.png"}).theme()).as("the default").isEqualTo(Theme.LIGHT);
    }

    @Test
    void wrongValuesAreSentences() {
        assertThatThrownBy(() -> Screenshot.parse(new String[] {"-o", "w.png", "--theme", "sepia"}))
                .hasMessage("--theme must be light or dark, not sepia");
        assertThatThrownBy(() -> Screenshot.parse(new String[] {"-o", "w.png", "--from", "2021-01-01", "--to", "2020-01-01"}))
                .hasMessage("--from 2021-01-01 is after --to 2020-01-01, so nothing could match");
    }
}
