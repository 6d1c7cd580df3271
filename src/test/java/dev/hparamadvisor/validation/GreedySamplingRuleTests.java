package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class GreedySamplingRuleTests {

	private final Rule rule = new GreedySamplingRule();

	@Test
	void everySamplingKnobIsIgnoredWithoutSampling() {
		List<Finding> findings = this.rule
			.check(of(Map.of("do_sample", false, "temperature", 0.7, "top_p", 0.9, "top_k", 40, "min_p", 0.05)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactlyInAnyOrder(tuple("top_p", Severity.WARNING, ValidationCodes.SAMPLING_IGNORED_WHEN_GREEDY),
					tuple("top_k", Severity.WARNING, ValidationCodes.SAMPLING_IGNORED_WHEN_GREEDY),
					tuple("min_p", Severity.WARNING, ValidationCodes.SAMPLING_IGNORED_WHEN_GREEDY),
					tuple("temperature", Severity.WARNING, ValidationCodes.SAMPLING_IGNORED_WHEN_GREEDY));
		assertThat(findings).allSatisfy((f) -> assertThat(f.related()).containsExactly("do_sample"));
	}

	@Test
	void temperatureZeroMakesTopPDead() {
		List<Finding> findings = this.rule.check(of(Map.of("temperature", 0, "top_p", 0.9)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("top_p", Severity.WARNING, ValidationCodes.SAMPLING_IGNORED_WHEN_GREEDY));
		assertThat(findings.get(0).related()).containsExactly("temperature");
	}

	@Test
	void neutralValuesUnderGreedyDecodingSayNothing() {
		assertThat(
				this.rule.check(of(Map.of("do_sample", false, "temperature", 1, "top_p", 1, "top_k", 0, "min_p", 0))))
			.isEmpty();
		assertThat(this.rule.check(of(Map.of("temperature", 0, "top_k", 0)))).isEmpty();
	}

	@Test
	void topKOfOneIsGreedyAnywayAndContrastiveSearchUsesTopK() {
		assertThat(this.rule.check(of(Map.of("do_sample", false, "top_k", 1)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("do_sample", false, "top_k", 4, "penalty_alpha", 0.6)))).isEmpty();
	}

	@Test
	void samplingKnobsWithSamplingOnSayNothing() {
		assertThat(this.rule.check(of(Map.of("do_sample", true, "temperature", 0.7, "top_p", 0.9, "top_k", 40))))
			.isEmpty();
	}

	@Test
	void huggingFaceDecodesGreedilyWhenDoSampleIsNotSet() {
		List<Finding> findings = this.rule
			.check(of(Map.of("temperature", 0.7, "top_p", 0.9), RunContext.unknown(), "huggingface"));
		assertThat(findings).extracting(Finding::parameter, Finding::code)
			.containsExactlyInAnyOrder(tuple("temperature", ValidationCodes.SAMPLING_IGNORED_WHEN_GREEDY),
					tuple("top_p", ValidationCodes.SAMPLING_IGNORED_WHEN_GREEDY));
		assertThat(findings.get(0).message()).contains("do_sample is not set");
	}

	@Test
	void otherToolsSampleWithoutDoSampleAndTrainingConfigsAreNotGenerationConfigs() {
		assertThat(this.rule.check(of(Map.of("temperature", 0.7, "top_p", 0.9), RunContext.unknown(), "vllm")))
			.isEmpty();
		assertThat(this.rule.check(of(Map.of("temperature", 0.7, "top_p", 0.9)))).isEmpty();
		// TRL's GRPO config sets a temperature for the generations it samples itself
		assertThat(this.rule
			.check(of(Map.of("learning_rate", 1.0e-6, "temperature", 0.9), RunContext.unknown(), "huggingface")))
			.isEmpty();
		assertThat(
				this.rule.check(of(Map.of("do_sample", true, "temperature", 0.7), RunContext.unknown(), "huggingface")))
			.isEmpty();
	}

	@Test
	void samplingForClassificationIsAWarning() {
		assertThat(this.rule.check(of(Map.of("do_sample", true),
				RunContext.unknown().task(dev.hparamadvisor.catalogue.Task.CLASSIFICATION))))
			.extracting(Finding::parameter, Finding::severity, Finding::code, Finding::suggestion)
			.containsExactly(tuple("do_sample", Severity.WARNING, ValidationCodes.SAMPLING_ON_A_GREEDY_TASK, false));
		assertThat(this.rule
			.check(of(Map.of("do_sample", true), RunContext.unknown().task(dev.hparamadvisor.catalogue.Task.CHAT))))
			.isEmpty();
	}

}
