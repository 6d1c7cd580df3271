package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PlateauScheduleRuleTests {

	private final Rule rule = new PlateauScheduleRule();

	@Test
	void aPlateauScheduleWithoutEvaluationIsAnError() {
		List<Finding> findings = this.rule.check(of(Map.of("lr_scheduler_type", "ReduceLROnPlateau")));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("lr_schedule", Severity.ERROR, ValidationCodes.PLATEAU_SCHEDULE_WITHOUT_EVALUATION));
		assertThat(findings.get(0).related()).containsExactly("eval_strategy");
	}

	@Test
	void anEvaluationStrategyOfNoIsNoEvaluation() {
		assertThat(this.rule.check(of(Map.of("lr_schedule", "reduce_lr_on_plateau", "eval_strategy", "no"))))
			.extracting(Finding::code)
			.containsExactly(ValidationCodes.PLATEAU_SCHEDULE_WITHOUT_EVALUATION);
	}

	@Test
	void anyEvaluationFeedsThePlateau() {
		assertThat(this.rule.check(of(Map.of("lr_schedule", "reduce_lr_on_plateau", "eval_strategy", "epoch"))))
			.isEmpty();
		assertThat(this.rule.check(of(Map.of("lr_schedule", "plateau", "eval_steps", 100)))).isEmpty();
	}

	@Test
	void evalStepsAloneDoNotEvaluateInHuggingFace() {
		assertThat(this.rule
			.check(of(Map.of("lr_schedule", "plateau", "eval_steps", 100), RunContext.unknown(), "huggingface")))
			.extracting(Finding::severity, Finding::code)
			.containsExactly(tuple(Severity.ERROR, ValidationCodes.PLATEAU_SCHEDULE_WITHOUT_EVALUATION));
	}

	@Test
	void otherSchedulesNeedNoEvaluation() {
		assertThat(this.rule.check(of(Map.of("lr_schedule", "cosine")))).isEmpty();
	}

}
