package org.clipfile.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** JavaFX stays in the ui packages, and the window's feature packages do not depend on each other in circles. */
class UiArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.clipfile");

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.clipfile.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void theCoreDoesNotKnowTheWindow() {
        noClasses().that().resideOutsideOfPackage("org.clipfile.ui..").and().doNotHaveFullyQualifiedName("org.clipfile.WindowLauncher")
                .should().dependOnClassesThat().resideInAPackage("org.clipfile.ui..")
                .check(CLASSES);
    }

    @Test
    void uiFeaturePackagesAreFreeOfCycles() {
        slices().matching("org.clipfile.ui.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
