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
 * catalogue range, unless the row expects it: a warning true of the recipe as published
 * (a setting its tool ignores).
 */
class PublishedRecipesTests {

	static List<ValidationCase> recipes() {
		return ValidationCase.load("published-recipes.yaml");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("recipes")
	void aPublishedRecipeGetsNoErrorAndNoWarning(ValidationCase recipe) {
		ValidationReport report = recipe.validate();
		ValidationCase.Expected known = recipe.expect();
		assertThat(report.findings()).as(recipe.name())
			.filteredOn((f) -> f.severity() != Severity.INFO && (known == null || !known.matches(f)))
			.extracting((f) -> f.parameter() + " " + f.severity() + " " + f.code() + ": " + f.message())
			.isEmpty();
		if (known != null) {
			assertThat(report.findings()).as("%s: the warning true of it as published", recipe.name())
				.anyMatch(known::matches);
		}
		assertThat(report.valid()).isTrue();
	}

	@Test
	void thereAreAtLeastFifteenRecipesEachWithItsSource() {
		List<ValidationCase> recipes = recipes();
		assertThat(recipes).hasSizeGreaterThanOrEqualTo(15);
		assertThat(recipes).extracting(ValidationCase::name)
			.allMatch((name) -> name.contains("(") && name.endsWith(")"))
			.doesNotHaveDuplicates();
		assertThat(recipes).filteredOn((recipe) -> recipe.expect() != null)
			.as("a recipe expects at most a WARNING true of it as published, never an ERROR")
			.allMatch((recipe) -> recipe.expect().severity() == Severity.WARNING);
	}

}
