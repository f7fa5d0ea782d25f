package io.servicebalance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: api -> simulator -> crm-domain, the domain stays free of Spring, and no package depends
 * on itself through others.
 */
class ArchitectureTests {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.servicebalance");
    }

    @Test
    void domainDependsOnNeitherSimulatorNorApplication() {
        noClasses().that().resideInAnyPackage("io.servicebalance.customer", "io.servicebalance.contact",
                        "io.servicebalance.rules")
                .should().dependOnClassesThat().resideInAnyPackage("io.servicebalance.simulation..",
                        "io.servicebalance.web..", "io.servicebalance.launcher..", "org.springframework..")
                .check(classes);
    }

    @Test
    void simulatorUsesNeitherSpringNorTheApplication() {
        noClasses().that().resideInAPackage("io.servicebalance.simulation..")
                .and().resideOutsideOfPackage("io.servicebalance.simulation.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.servicebalance.web..",
                        "io.servicebalance.launcher..", "io.servicebalance.database..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void noJFreeChartTypeOutsideTheChartPackage() {
        noClasses().that().resideOutsideOfPackage("io.servicebalance.simulation.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jfree..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.servicebalance.(**)").should().beFreeOfCycles().check(classes);
    }
}
