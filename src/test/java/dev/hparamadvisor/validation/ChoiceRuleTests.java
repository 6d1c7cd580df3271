package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ChoiceRuleTests {

	private final Rule rule = new ChoiceRule();

	@Test
	void anUnknownOptimizerIsAWarningWithTheClosestName() {
		List<Finding> findings = this.rule.check(of(Map.of("optim", "adamw_torh")));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code, Finding::suggestion)
			.containsExactly(tuple("optimizer", Severity.WARNING, ValidationCodes.UNKNOWN_CHOICE, "adamw"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "huggingface", "axolotl", "llamafactory", "torchtune" })
	void anUnknownOptimizerIsAnErrorForTrainersThatRefuseIt(String dialect) {
		assertThat(this.rule.check(of(Map.of("optimizer", "adamw_torh"), RunContext.unknown(), dialect)))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("optimizer", Severity.ERROR, ValidationCodes.UNKNOWN_CHOICE));
	}

	@Test
	void anUnknownOptimizerForAnInferenceRuntimeStaysAWarning() {
		assertThat(this.rule.check(of(Map.of("optimizer", "adamw_torh"), RunContext.unknown(), "vllm")))
			.extracting(Finding::severity)
			.containsExactly(Severity.WARNING);
	}

	@Test
	void anUnknownScheduleIsAnErrorForAxolotl() {
		assertThat(this.rule.check(of(Map.of("lr_scheduler", "cosin"), RunContext.unknown(), "axolotl")))
			.extracting(Finding::parameter, Finding::severity, Finding::code, Finding::suggestion)
			.containsExactly(tuple("lr_schedule", Severity.ERROR, ValidationCodes.UNKNOWN_CHOICE, "cosine"));
	}

	@Test
	void anUnknownLossIsAWarningForHuggingFaceWhichHasNoLossName() {
		assertThat(this.rule.check(of(Map.of("loss", "cross_entropi"), RunContext.unknown(), "huggingface")))
			.extracting(Finding::parameter, Finding::severity, Finding::code, Finding::suggestion)
			.containsExactly(tuple("loss_function", Severity.WARNING, ValidationCodes.UNKNOWN_CHOICE, "cross_entropy"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "axolotl", "llamafactory", "torchtune" })
	void anUnknownLossIsAnErrorForTrainersThatCheckIt(String dialect) {
		assertThat(this.rule.check(of(Map.of("loss_function", "dpoo"), RunContext.unknown(), dialect)))
			.extracting(Finding::parameter, Finding::severity, Finding::suggestion)
			.containsExactly(tuple("loss_function", Severity.ERROR, "dpo"));
	}

	@Test
	void anUnknownStrategyIsAlwaysAnError() {
		assertThat(this.rule.check(of(Map.of("evaluation_strategy", "sometimes"))))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("eval_strategy", Severity.ERROR, ValidationCodes.UNKNOWN_CHOICE));
		assertThat(this.rule.check(of(Map.of("save_strategy", "often")))).extracting(Finding::parameter)
			.containsExactly("save_strategy");
	}

	@Test
	void aNameNothingResemblesHasNoSuggestion() {
		assertThat(this.rule.check(of(Map.of("optimizer", "zzzzzzzzzzzzzz")))).singleElement()
			.satisfies((f) -> assertThat(f.suggestion()).isNull());
	}

	@Test
	void knownNamesAndAliasesSayNothing() {
		assertThat(
				this.rule.check(of(
						Map.of("optim", "paged_adamw_8bit", "lr_scheduler_type", "get_cosine_schedule_with_warmup",
								"loss_type", "sigmoid", "eval_strategy", "STEPS"),
						RunContext.unknown(), "huggingface")))
			.isEmpty();
	}

}
