package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LossTaskRuleTests {

	private final Rule rule = new LossTaskRule();

	@ParameterizedTest
	@CsvSource({ "mse, CLASSIFICATION, cross_entropy", "MSELoss, CHAT, cross_entropy",
			"torch.nn.L1Loss, INSTRUCTION, cross_entropy", "huber, NER, cross_entropy",
			"smooth_l1, CODE, cross_entropy", "dpo, CLASSIFICATION, cross_entropy" })
	void aLossThatDoesNotServeTheTaskIsAWarningWithTheUsualChoice(String loss, Task task, String usual) {
		List<Finding> findings = this.rule.check(of(Map.of("loss_function", loss), RunContext.unknown().task(task)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code, Finding::suggestion)
			.containsExactly(tuple("loss_function", Severity.WARNING, ValidationCodes.LOSS_DOES_NOT_FIT_TASK, usual));
		assertThat(findings.get(0).message()).contains("the task is " + task.jsonName().replace('_', ' '));
		assertThat(findings.get(0).sources()).isNotEmpty();
	}

	@Test
	void aClassificationLossForARegressionTargetIsAWarning() {
		List<Finding> findings = this.rule
			.check(of(Map.of("loss", "cross_entropy", "problem_type", "regression"), RunContext.unknown()));
		assertThat(findings).extracting(Finding::code, Finding::suggestion)
			.containsExactly(tuple(ValidationCodes.LOSS_DOES_NOT_FIT_TASK, "mse"));
		assertThat(findings.get(0).message()).contains("problem_type is regression");
	}

	@Test
	void aRegressionLossForAClassificationHeadIsAWarningWhateverTheTask() {
		assertThat(this.rule.check(of(Map.of("loss", "mse", "problem_type", "single_label_classification"),
				RunContext.unknown().task(Task.CLASSIFICATION))))
			.extracting(Finding::code)
			.containsExactly(ValidationCodes.LOSS_DOES_NOT_FIT_TASK);
	}

	@ParameterizedTest
	@CsvSource({ "cross_entropy, CHAT", "cross_entropy, CLASSIFICATION", "label_smoothed_ce, TRANSLATION",
			"dpo, PREFERENCE", "dpo, CHAT", "grpo, CODE", "orpo, INSTRUCTION", "sft, PREFERENCE" })
	void aLossThatServesTheTaskIsSilent(String loss, Task task) {
		assertThat(this.rule.check(of(Map.of("loss_function", loss), RunContext.unknown().task(task)))).isEmpty();
	}

	@Test
	void aRegressionLossForARegressionTargetIsSilent() {
		assertThat(this.rule.check(of(Map.of("loss", "huber", "problem_type", "regression"), RunContext.unknown())))
			.isEmpty();
	}

	@Test
	void withoutATaskOrAProblemTypeThereIsNothingToCompare() {
		assertThat(this.rule.check(of(Map.of("loss", "mse"), RunContext.unknown()))).isEmpty();
		assertThat(this.rule.check(of(Map.of("problem_type", "regression"), RunContext.unknown()))).isEmpty();
	}

	@Test
	void anUnknownLossIsLeftToTheChoiceRule() {
		assertThat(this.rule.check(of(Map.of("loss", "my_loss"), RunContext.unknown().task(Task.CHAT)))).isEmpty();
	}

}
