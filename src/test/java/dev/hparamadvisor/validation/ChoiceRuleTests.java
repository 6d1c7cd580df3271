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
	@ValueSource(strings = { "huggingface", "axolotl", "llamafactory" })
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
	@ValueSource(strings = { "axolotl", "llamafactory" })
	void anUnknownLossIsAnErrorForTrainersThatCheckIt(String dialect) {
		assertThat(this.rule.check(of(Map.of("loss_function", "dpoo"), RunContext.unknown(), dialect)))
			.extracting(Finding::parameter, Finding::severity, Finding::suggestion)
			.containsExactly(tuple("loss_function", Severity.ERROR, "dpo"));
	}

	@Test
	void anUnknownImportPathIsOnlyNotKnownHereNeverARefusal() {
		assertThat(this.rule
			.check(of(Map.of("loss_function", "torchtune.rlhf.loss.NewLoss"), RunContext.unknown(), "torchtune")))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("loss_function", Severity.INFO, ValidationCodes.UNKNOWN_COMPONENT));
		assertThat(this.rule.check(of(Map.of("optimizer", "my_package.optim.Sophia"), RunContext.unknown(), "axolotl")))
			.extracting(Finding::severity)
			.containsExactly(Severity.INFO);
	}

	@ParameterizedTest
	@ValueSource(strings = { "torchao.optim.AdamW8bit", "torchao.prototype.low_bit_optim.AdamW8bit",
			"bitsandbytes.optim.PagedAdamW8bit", "bitsandbytes.optim.Lion8bit", "torch.optim.AdamW" })
	void commonImportPathsOfOptimizersAreKnown(String path) {
		assertThat(this.rule.check(of(Map.of("optimizer", path), RunContext.unknown(), "torchtune"))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "torchtune.rlhf.loss.DPOLoss", "torchtune.rlhf.loss.RSOLoss",
			"torchtune.rlhf.loss.SimPOLoss", "torchtune.rlhf.loss.PPOLoss", "torchtune.modules.rlhf.loss.DPOLoss",
			"torchtune.rlhf.loss.grpo.GRPOSimpleLoss", "torchtune.modules.loss.CEWithChunkedOutputLoss",
			"torchtune.modules.loss.LinearCrossEntropyLoss" })
	void torchtuneLossesAreKnown(String path) {
		assertThat(this.rule.check(of(Map.of("loss_function", path), RunContext.unknown(), "torchtune"))).isEmpty();
	}

	@Test
	void aNameAxolotlsEnumAcceptsButTheCatalogueDoesNotModelGetsNoFinding() {
		assertThat(this.rule.check(of(Map.of("loss_function", "ebft"), RunContext.unknown(), "axolotl"))).isEmpty();
		assertThat(this.rule.check(of(Map.of("loss_function", "gdpo"), RunContext.unknown(), "axolotl"))).isEmpty();
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
