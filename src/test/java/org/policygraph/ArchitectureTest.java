package org.policygraph;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point down: model ← ingest/extract ← graph ← io/layout ← ui/cli ← app; JavaFX only in ui. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.policygraph");
    }

    @Test
    void layersPointDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.policygraph.model..")
                .layer("ingest").definedBy("org.policygraph.ingest..")
                .layer("extract").definedBy("org.policygraph.extract..")
                .layer("graph").definedBy("org.policygraph.graph..")
                .layer("io").definedBy("org.policygraph.io..")
                .layer("layout").definedBy("org.policygraph.layout..")
                .layer("ui").definedBy("org.policygraph.ui..")
                .layer("cli").definedBy("org.policygraph.cli..")
                .layer("app").definedBy("org.policygraph.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("io").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("layout").mayOnlyBeAccessedByLayers("io", "ui", "cli", "app")
                .whereLayer("graph").mayOnlyBeAccessedByLayers("io", "layout", "ui", "cli", "app")
                .whereLayer("extract").mayOnlyBeAccessedByLayers("graph", "io", "layout", "ui", "cli", "app")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("extract", "graph", "io", "layout", "ui", "cli", "app")
                .check(classes);
    }

    @Test
    void javaFxOnlyInUi() {
        noClasses().that().resideOutsideOfPackages("org.policygraph.ui..", "org.policygraph.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.brunomnsilva..")
                .check(classes);
    }

    @Test
    void modelNeedsOnlyTheJdk() {
        noClasses().that().resideInAPackage("org.policygraph.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.policygraph.model..", "java..")
                .check(classes);
    }
}
