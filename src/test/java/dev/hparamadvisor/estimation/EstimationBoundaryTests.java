package dev.hparamadvisor.estimation;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Estimation depends on no other capability and not on {@code web}: the recommender and
 * the validator use it, not the other way round.
 */
class EstimationBoundaryTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.hparamadvisor");

	@Test
	void estimationUsesNoOtherPackageOfTheServiceButTheCatalogue() {
		noClasses().that()
			.resideInAPackage("dev.hparamadvisor.estimation..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.hparamadvisor.web..", "dev.hparamadvisor.validation..",
					"dev.hparamadvisor.recommendation..", "dev.hparamadvisor.dialect..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	@Test
	void theEstimatorsNeedNoSpring() {
		noClasses().that()
			.resideInAPackage("dev.hparamadvisor.estimation..")
			.and()
			.haveSimpleNameEndingWith("Estimator")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.check(CLASSES);
	}

}
