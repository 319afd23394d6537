package dev.vigil;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.syntax.GivenSlices;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vigil");

    @Test
    void onlyTheUiPackageUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.vigil.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the core and the CLI must run without a display")
                .check(MAIN);
    }

    @Test
    void theCoreDoesNotDependOnTheUiOrTheCli() {
        noClasses().that().resideInAnyPackage("dev.vigil.video..", "dev.vigil.dataset..", "dev.vigil.backbone..",
                        "dev.vigil.detector..", "dev.vigil.training..", "dev.vigil.evaluation..",
                        "dev.vigil.timeline..", "dev.vigil.experiment..", "dev.vigil.io..", "dev.vigil.progress..",
                        "dev.vigil.samples..", "dev.vigil.report..", "dev.vigil.util..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.vigil.ui..", "dev.vigil.cli..")
                .check(MAIN);
    }

    @Test
    void thePackagesFormNoCycle() {
        slices().matching("dev.vigil.(*)..").should().beFreeOfCycles()
                .because("a package that depends on itself through others can be neither understood nor moved alone")
                .check(MAIN);
    }

    @Test
    void theTimelineDomainKnowsNothingOfItsFolderFormat() {
        noClasses().that().resideInAPackage("dev.vigil.timeline")
                .should().dependOnClassesThat().resideInAPackage("dev.vigil.timeline.folder..")
                .because("the output folder is read and written in one room, which depends on the domain, not back")
                .check(MAIN);
    }

    @Test
    void theExperimentRoomsDependOnlyDownwards() {
        // config <- run <- bundle <- the pipeline in dev.vigil.experiment itself
        noClasses().that().resideInAPackage("dev.vigil.experiment.config..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.vigil.experiment", "dev.vigil.experiment.run..",
                        "dev.vigil.experiment.bundle..")
                .check(MAIN);
        noClasses().that().resideInAPackage("dev.vigil.experiment.run..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.vigil.experiment",
                        "dev.vigil.experiment.bundle..")
                .check(MAIN);
        noClasses().that().resideInAPackage("dev.vigil.experiment.bundle..")
                .should().dependOnClassesThat().resideInAPackage("dev.vigil.experiment")
                .check(MAIN);
    }

    @Test
    void noClassOfTheCoreDependsOnItselfThroughOthers() {
        topLevelClasses(name -> !name.startsWith("dev.vigil.ui"), "top-level classes outside the ui").should()
                .beFreeOfCycles()
                .because("two classes that need each other can be understood, tested and moved only together")
                .check(MAIN);
    }

    @Test
    void noClassOfTheUiDependsOnItselfThroughOthers() {
        topLevelClasses(name -> name.startsWith("dev.vigil.ui"), "top-level classes of the ui").should()
                .beFreeOfCycles()
                .because("a view, its view model and their helpers depend one way: views on view models on helpers")
                .check(MAIN);
    }

    /** Each top-level class of a package in scope is a slice of its own; a nested class is part of its outer one. */
    private static GivenSlices topLevelClasses(Predicate<String> inScope, String description) {
        return slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                if (!inScope.test(javaClass.getPackageName())) {
                    return SliceIdentifier.ignore();
                }
                return SliceIdentifier.of(javaClass.getName().split("\\$")[0]);
            }

            @Override
            public String getDescription() {
                return description;
            }
        });
    }

    @Test
    void theScreensFormNoCycle() {
        slices().matching("dev.vigil.ui.(*)..").should().beFreeOfCycles()
                .because("one screen's package may use another's, but never both ways")
                .check(MAIN);
    }

    @Test
    void viewModelsDoNotDependOnViews() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().areAssignableTo("javafx.scene.Node")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("View")
                .because("a view model is tested without a scene: a view binds to its view model, never the reverse")
                .check(MAIN);
    }
}
