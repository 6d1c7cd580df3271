package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.Method;
import org.junit.jupiter.api.Test;

import static dev.hparamadvisor.validation.Configurations.VALIDATOR;
import static dev.hparamadvisor.validation.Configurations.nodes;
import static dev.hparamadvisor.validation.Configurations.validate;
import static org.assertj.core.api.Assertions.assertThat;

class ConfigValidatorTests {

	@Test
	void everyFindingComesAtOnceErrorsFirst() {
		ValidationReport report = validate(Map.of("learning_rate", 0, "temperature", 0.7, "top_p", 0.9, "warmup_steps",
				0.1, "fp16", true, "bf16", true), RunContext.unknown(), "huggingface");
		assertThat(report.valid()).isFalse();
		assertThat(report.summary().errors()).isEqualTo(2);
		assertThat(report.findings()).extracting(Finding::severity).isSortedAccordingTo(Enum::compareTo);
		assertThat(report.findings()).extracting(Finding::code)
			.contains(ValidationCodes.OUT_OF_DOMAIN, ValidationCodes.FP16_AND_BF16,
					ValidationCodes.WARMUP_STEPS_LOOKS_LIKE_RATIO, ValidationCodes.TEMPERATURE_AND_TOP_P_BOTH_SET);
	}

	@Test
	void warningsAndInformationLeaveAConfigurationValid() {
		ValidationReport report = validate(Map.of("temperature", 2.5, "top_k", 1));
		assertThat(report.summary().errors()).isZero();
		// above vLLM's and OpenAI's limit, and far beyond any practice range
		assertThat(report.summary().warnings()).isEqualTo(2);
		assertThat(report.valid()).isTrue();
	}

	@Test
	void impossibleFactsInTheContextAreTreatedAsUnknown() {
		ValidationContext impossible = new ValidationContext(Method.FULL, null, -7.0e9, 0L, 0L, -4, Double.NaN);
		ValidationReport report = VALIDATOR
			.validate(nodes(Map.of("num_epochs", 3, "batch_size", 8, "sequence_length", 2048)), impossible, null);
		assertThat(report.context()).isEqualTo(new ValidationContext(Method.FULL, null, null, null, null, null, null));
		assertThat(report.derived().effectiveBatchSize()).isEqualTo(8L);
		assertThat(report.derived().stepsPerEpoch()).isNull();
		assertThat(report.findings()).extracting(Finding::code)
			.doesNotContain(ValidationCodes.SEQUENCE_EXCEEDS_CONTEXT, ValidationCodes.EPOCHS_UNUSUAL_FOR_DATASET);
	}

	@Test
	void valuesUnderCanonicalNamesAreValidatedToo() {
		ValidationReport report = VALIDATOR.validateValues(Map.of("learning_rate", 2.0e-5, "batch_size", 4L),
				RunContext.of(Method.FULL, 7.0e9).context());
		assertThat(report.normalized()).containsEntry("learning_rate", 2.0e-5).containsEntry("batch_size", 4L);
		assertThat(report.valid()).isTrue();
	}

}
