package com.ascendkit.journeys.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The client's own layering rules (the shared ArchitectureRules do not exist yet). */
class ArchitectureTest {
    private static final JavaClasses CLIENT =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("com.ascendkit.journeys.client");

    @Test
    void clientDoesNotDependOnTheEngine() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.ascendkit.journeys.engine..")
                .because("the CLI and the editor reach an engine only over HTTP")
                .check(CLIENT);
    }

    @Test
    void clientNeverPrints() {
        noClasses()
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .orShould()
                .callMethod(Throwable.class, "printStackTrace")
                .because("only the CLI prints, and a key must never reach a console")
                .check(CLIENT);
    }

    @Test
    void onlyTheTransportHandlesResponses() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.ascendkit.journeys.client.internal..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("okhttp3.Response")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("okhttp3.Call")
                .because("responses are opened and closed (try-with-resources) in one place")
                .check(CLIENT);
    }
}
