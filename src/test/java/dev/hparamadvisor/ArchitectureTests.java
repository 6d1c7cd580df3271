package dev.hparamadvisor;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the capabilities' dependencies pointing one way: the catalogue stands alone and
 * owns the vocabulary; dialect and estimation use only the catalogue; recommendation may
 * use estimation, validation, catalogue and dialect, and no capability uses
 * recommendation; studies may use recommendation, catalogue, dialect and validation, and
 * nothing depends on studies; nothing depends on web; no cycles. The root package holds
 * what every capability may share ({@link RequestProblem}) and uses none of them.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.hparamadvisor");

	@Test
	void nothingDependsOnWeb() {
		noClasses().that()
			.resideOutsideOfPackage("dev.hparamadvisor.web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.hparamadvisor.web..")
			.check(CLASSES);
	}

	@Test
	void capabilitiesHaveNoCycles() {
		slices().matching("dev.hparamadvisor.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void catalogueStandsAlone() {
		noClasses().that()
			.resideInAPackage("dev.hparamadvisor.catalogue..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(others("catalogue"))
			.check(CLASSES);
	}

	@Test
	void dialectAndEstimationUseOnlyTheCatalogue() {
		for (String base : new String[] { "dialect", "estimation" }) {
			noClasses().that()
				.resideInAPackage("dev.hparamadvisor." + base + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(java.util.Arrays.stream(others(base))
					.filter((p) -> !p.equals("dev.hparamadvisor.catalogue.."))
					.toArray(String[]::new))
				.allowEmptyShould(true)
				.check(CLASSES);
		}
	}

	@Test
	void validationDoesNotUseRecommendation() {
		noClasses().that()
			.resideInAPackage("dev.hparamadvisor.validation..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.hparamadvisor.recommendation..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	@Test
	void recommendationUsesOnlyTheCapabilitiesBelowIt() {
		classes().that()
			.resideInAPackage("dev.hparamadvisor.recommendation..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("dev.hparamadvisor", "dev.hparamadvisor.recommendation..",
					"dev.hparamadvisor.catalogue..", "dev.hparamadvisor.validation..", "dev.hparamadvisor.estimation..",
					"dev.hparamadvisor.dialect..", "java..", "org.jspecify..", "com.fasterxml.jackson.annotation..",
					"tools.jackson..", "io.swagger.v3.oas.annotations..", "jakarta.validation..",
					"org.springframework..")
			.check(CLASSES);
	}

	@Test
	void noCapabilityUsesRecommendation() {
		noClasses().that()
			.resideInAnyPackage(others("recommendation"))
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.hparamadvisor.recommendation..")
			.check(CLASSES);
	}

	@Test
	void theRootPackageUsesNoCapability() {
		noClasses().that()
			.resideInAPackage("dev.hparamadvisor")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(java.util.stream.Stream
				.concat(java.util.Arrays.stream(others("")), java.util.stream.Stream.of("dev.hparamadvisor.web.."))
				.toArray(String[]::new))
			.check(CLASSES);
	}

	@Test
	void noCapabilityUsesDiagnosis() {
		noClasses().that()
			.resideInAnyPackage(others("diagnosis"))
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.hparamadvisor.diagnosis..")
			.check(CLASSES);
	}

	@Test
	void studiesUseOnlyRecommendationCatalogueDialectAndValidation() {
		classes().that()
			.resideInAPackage("dev.hparamadvisor.studies..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("dev.hparamadvisor", "dev.hparamadvisor.studies..",
					"dev.hparamadvisor.recommendation..", "dev.hparamadvisor.catalogue..",
					"dev.hparamadvisor.dialect..", "dev.hparamadvisor.validation..", "java..", "org.jspecify..",
					"com.fasterxml.jackson.annotation..", "tools.jackson..", "io.swagger.v3.oas.annotations..",
					"jakarta.validation..", "org.springframework..")
			.check(CLASSES);
	}

	@Test
	void nothingDependsOnStudies() {
		noClasses().that()
			.resideOutsideOfPackage("dev.hparamadvisor.studies..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.hparamadvisor.studies..")
			.check(CLASSES);
	}

	private static String[] others(String base) {
		return java.util.Arrays
			.stream(new String[] { "catalogue", "dialect", "estimation", "validation", "recommendation", "diagnosis" })
			.filter((p) -> !p.equals(base))
			.map((p) -> "dev.hparamadvisor." + p + "..")
			.toArray(String[]::new);
	}

}
