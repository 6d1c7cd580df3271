package dev.hparamadvisor.dialect;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The dialect package is a plain library: Java, Jackson, SnakeYAML Engine, JSpecify and
 * the catalogue, no other package of the project (only the root's plain
 * {@code RequestProblem}, which its unreadable configuration is) and no Spring type.
 */
class DialectArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.hparamadvisor.dialect");

	@Test
	void dependsOnNothingButJacksonAndTheJdk() {
		classes().that()
			.resideInAPackage("dev.hparamadvisor.dialect")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("dev.hparamadvisor", "dev.hparamadvisor.dialect..", "dev.hparamadvisor.catalogue..",
					"java..", "tools.jackson..", "com.fasterxml.jackson.annotation..", "org.snakeyaml.engine..",
					"org.jspecify.annotations..")
			.check(this.classes);
	}

}
