package dev.hparamadvisor.validation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Configurations from published recipes
 * ({@code src/test/resources/validation/published-recipes.yaml}) are standard practice:
 * they must get no ERROR and no WARNING. A warning here is a bug in a rule or in a
 * catalogue range.
 */
class PublishedRecipesTests {

	static List<ValidationCase> recipes() {
		return ValidationCase.load("published-recipes.yaml");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("recipes")
	void aPublishedRecipeGetsNoErrorAndNoWarning(ValidationCase recipe) {
		ValidationReport report = recipe.validate();
		assertThat(report.findings()).as(recipe.name())
			.filteredOn((f) -> f.severity() != Severity.INFO)
			.extracting((f) -> f.parameter() + " " + f.severity() + " " + f.code() + ": " + f.message())
			.isEmpty();
		assertThat(report.valid()).isTrue();
	}

	@Test
	void thereAreAtLeastFifteenRecipesEachWithItsSource() {
		List<ValidationCase> recipes = recipes();
		assertThat(recipes).hasSizeGreaterThanOrEqualTo(15);
		assertThat(recipes).extracting(ValidationCase::name)
			.allMatch((name) -> name.contains("(") && name.endsWith(")"))
			.doesNotHaveDuplicates();
		assertThat(recipes).allMatch((recipe) -> recipe.expect() == null);
	}

}
