package org.clipfile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the core free of JavaFX, so the command line and tests use the very same services. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.clipfile");

    @Test
    void onlyTheWindowUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.clipfile.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void theCoreKnowsNothingOfTheWindowOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("org.clipfile.archive..", "org.clipfile.search..", "org.clipfile.ingest..",
                        "org.clipfile.export..", "org.clipfile.work..", "org.clipfile.files..")
                .should().dependOnClassesThat().resideInAnyPackage("org.clipfile.ui..", "org.clipfile.cli..")
                .check(CLASSES);
    }

    /** The window's benchmark sits in the window's package (it drives package-private parts), in src/bench. */
    private static final String WINDOW_BENCHMARK = "org\\.clipfile\\.ui\\.WindowBenchmark(\\$.*)?";

    /** The benchmark and measuring tools (src/bench) join through ToolCommands; the product never names them. */
    @Test
    void theProductDoesNotDependOnItsMeasuringTools() {
        noClasses().that().resideOutsideOfPackage("org.clipfile.bench..")
                .and().haveNameNotMatching(WINDOW_BENCHMARK)
                .should().dependOnClassesThat().resideInAPackage("org.clipfile.bench..")
                .orShould().dependOnClassesThat().haveNameMatching(WINDOW_BENCHMARK)
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.clipfile.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
