package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.clipfile.Version;
import org.clipfile.ui.common.FxDialogs;
import org.clipfile.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help › About gives the version and where things are; the title names the open archive; errors offer "Copy details". */
@ExtendWith(ApplicationExtension.class)
class AboutAndErrorsWindowTest extends WindowTestSupport {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Override
    void seed(org.clipfile.archive.ClippingStore store) {
        // As another tool's JSON or a colleague's export could hold it: stored as given.
        store.add(new org.clipfile.archive.NewClipping("Shared by a colleague", "Talks resumed in Beijing on Monday.", "",
                null, null, "ms-msdt:/id PCWDiagnostic /skip force", null, java.util.List.of(), null, null));
    }

    @Test
    void theReaderShowsAnAddressThatIsNotAWebAddressAndNeverOpensIt(FxRobot robot) {
        settle();
        fx(() -> table(robot).getSelectionModel().select(0));
        settle();
        robot.clickOn("#reader-open-url");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fakes.opened).as("nothing reached the desktop").isEmpty();
        assertThat(fakes.errors).hasSize(1);
        assertThat(fakes.errors.get(0)).contains("not a web address").contains("ms-msdt:/id PCWDiagnostic");
        fakes.errors.clear();
    }

    @Test
    void aboutTellsTheVersionAndWhereTheArchiveIsAndTheTitleShowsItsFullPath(FxRobot robot) {
        settle();
        assertThat(stage.getTitle()).contains(archiveFile().toAbsolutePath().toString());
        MenuItem about = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-about".equals(i.getId())).findFirst().orElseThrow();
        fx(about::fire);
        settle();
        FakeSeams.Report report = fakes.reports.get(fakes.reports.size() - 1);
        assertThat(report.title()).isEqualTo("About Clipfile");
        assertThat(report.summary()).isEqualTo("Clipfile " + Version.current()).doesNotContain("unknown");
        assertThat(report.details()).anyMatch(l -> l.equals("Archive: " + archiveFile().toAbsolutePath()))
                .anyMatch(l -> l.startsWith("Backups: ")).anyMatch(l -> l.startsWith("Log: "));
    }

    @Test
    void anErrorMessageOffersCopyDetails(FxRobot robot) {
        settle();
        FxDialogs dialogs = new FxDialogs(() -> stage, Messages.english());
        fx(() -> dialogs.showError("Import failed", "The disk holding /tmp/x is full; nothing was changed"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#dialog-copy");
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> copied = new AtomicReference<>();
        fx(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).contains("Import failed").contains("The disk holding /tmp/x is full")
                .contains("Clipfile " + Version.current()).contains("Java ");
        assertThat(robot.lookup("#dialog-copy").tryQuery()).as("copying leaves the message open").isPresent();
    }
}
