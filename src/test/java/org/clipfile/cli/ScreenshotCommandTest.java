package org.clipfile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code screenshot --from/--to/--theme}: read as {@code list} and {@code export} read them, and
 * a wrong value is a usage error with a sentence, before any window starts or file is made.
 */
class ScreenshotCommandTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    Run screenshot(String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "--archive=" + dir.resolve("archive.db");
        args[1] = "screenshot";
        args[2] = "-o";
        args[3] = dir.resolve("window.png").toString();
        System.arraycopy(options, 0, args, 4, options.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ClipfileCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void aDateThatIsNoDateIsNamed() {
        Run run = screenshot("--from", "2020-13");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--from").contains("'2020-13' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY")
                .doesNotContain("Exception");
        Run to = screenshot("--to", "last week");
        assertThat(to.status()).isEqualTo(2);
        assertThat(to.err()).contains("--to").contains("'last week' is not a date");
        assertThat(dir.resolve("window.png")).doesNotExist();
        assertThat(dir.resolve("archive.db")).as("no archive made for a wrong command line").doesNotExist();
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsAUsageError() {
        Run run = screenshot("--from", "2021", "--to", "2020");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--from 2021-01-01 is after --to 2020-12-31, so nothing could match");
        assertThat(dir.resolve("window.png")).doesNotExist();
        assertThat(dir.resolve("archive.db")).doesNotExist();
    }

    @Test
    void anUnknownThemeIsNamedWithTheChoices() {
        Run run = screenshot("--theme", "blue");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--theme").contains("light, dark").contains("'blue'");
    }

    @Test
    void theHelpListsTheNewOptions() {
        StringWriter out = new StringWriter();
        ClipfileCommand.run(new String[] {"screenshot", "--help"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertThat(out.toString()).contains("--from=DATE").contains("--to=DATE").contains("--theme=THEME").contains("light, dark");
    }
}
