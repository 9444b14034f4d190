package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clipfile.archive.Clipping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A page copied in a browser: the editor reads the clipboard's HTML, not only its plain text. */
@ExtendWith(ApplicationExtension.class)
class PastedHtmlWindowTest extends WindowTestSupport {
    private static final String PAGE = """
            <html><head>
            <meta property="og:title" content="Ministers agree on a new climate working group">
            <meta property="article:published_time" content="2023-07-18T09:30:00Z">
            <meta property="og:site_name" content="Example Tribune">
            <meta property="og:url" content="https://news.example.com/2023/07/18/climate-group">
            <meta name="author" content="Jane Reporter">
            <title>Ministers agree on a new climate working group | Example Tribune</title>
            </head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav>
            <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email this</a></div>
            <article>
            <h1>Ministers agree on a new climate working group</h1>
            <p>BEIJING — The two ministers agreed on Tuesday to set up a working group on climate change,
            meeting twice a year and reporting to both governments before the end of the year.</p>
            <p>Officials said the group would begin with methane emissions and the phase-down of coal,
            two areas where both sides see room for progress despite wider disagreements.</p>
            <p>The talks, which lasted more than twelve hours over two days, were described by both
            delegations as candid, constructive and detailed, and a further round is planned.</p>
            </article>
            <footer>Subscribe to our newsletter · Privacy policy · Terms of use</footer>
            </body></html>
            """;

    private static final String PLAIN = "Home World Politics Sport Share on Facebook Ministers agree on a new climate working group "
            + "BEIJING — The two ministers agreed on Tuesday to set up a working group on climate change.";

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void pastedPageFillsTheEditorFromItsHtmlWithoutTheNavigation(FxRobot robot) {
        settle();
        fakes.clipboardHtml = PAGE;
        fakes.clipboard = PLAIN;
        fx(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#capture-editor").tryQuery().isPresent(), "the editor opens");

        assertThat(node(robot, "#capture-title", TextField.class).getText()).isEqualTo("Ministers agree on a new climate working group");
        assertThat(node(robot, "#capture-date", TextField.class).getText()).isEqualTo("2023-07-18");
        assertThat(node(robot, "#capture-source", TextField.class).getText()).isNotBlank();
        assertThat(node(robot, "#capture-url", TextField.class).getText()).isEqualTo("https://news.example.com/2023/07/18/climate-group");
        assertThat(node(robot, "#capture-author", TextField.class).getText()).as("the page's author, editable").isEqualTo("Jane Reporter");
        fx(() -> node(robot, "#capture-author", TextField.class).setText("Jane Reporter and Li Wei"));
        String text = node(robot, "#capture-text", TextArea.class).getText();
        assertThat(text).contains("set up a working group on climate change").contains("a further round is planned");
        assertThat(text).doesNotContain("Share on Facebook").doesNotContain("Politics").doesNotContain("Subscribe");

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#capture-editor").tryQuery().isEmpty(), "the editor closes after saving");
        settle();
        assertThat(titles(robot)).containsExactly("Ministers agree on a new climate working group");
        Clipping stored = window.get().workspace().services().store().get(1).orElseThrow();
        assertThat(stored.url()).isEqualTo("https://news.example.com/2023/07/18/climate-group");
        assertThat(stored.author()).isEqualTo("Jane Reporter and Li Wei");
        assertThat(stored.text()).doesNotContain("Share on Facebook");
    }
}
