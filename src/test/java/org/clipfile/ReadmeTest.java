package org.clipfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import org.clipfile.cli.ClipfileCommand;
import org.clipfile.ui.common.Shortcut;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README is the manual: it must list every command and every shortcut the program has. */
class ReadmeTest {
    private static String readme() throws Exception {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void listsEveryCommand() throws Exception {
        String readme = readme();
        for (String name : ClipfileCommand.commandLine().getSubcommands().keySet()) {
            if (!name.equals("help")) {
                assertThat(readme).as("README documents '%s'", name).contains("| `" + name);
            }
        }
    }

    @Test
    void listsEveryShortcutWithItsMeaning() throws Exception {
        String readme = readme();
        ResourceBundle messages = ResourceBundle.getBundle("org.clipfile.ui.messages");
        for (Shortcut s : Shortcut.values()) {
            String meaning = " | " + messages.getString(s.messageKey()) + " |";
            String row = readme.lines().filter(l -> l.startsWith("| `") && l.endsWith(meaning)).findFirst().orElse("");
            assertThat(row).as("README lists %s: %s", s, meaning).isNotEmpty();
            String keys = row.substring(3, row.indexOf('`', 3));
            for (String part : s.combination().getName().replace("Shortcut", "Ctrl").split("\\+")) {
                assertThat(keys.split("\\+")).as("keys of %s", s).contains(part);
            }
        }
    }

    @Test
    void showsThePictureItLinks() throws Exception {
        assertThat(readme()).contains("](src/docs/window.png)");
        assertThat(Path.of("src/docs/window.png")).exists();
    }
}
