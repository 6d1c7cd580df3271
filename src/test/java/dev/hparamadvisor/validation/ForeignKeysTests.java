package dev.hparamadvisor.validation;

import java.nio.charset.StandardCharsets;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.dialect.ConfigFormat;
import dev.hparamadvisor.dialect.ConfigParser;
import dev.hparamadvisor.dialect.Dialect;
import dev.hparamadvisor.dialect.DialectReader;
import dev.hparamadvisor.dialect.ReadConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A tool that ignores keys it does not declare cannot refuse a file because of them: the
 * refusal read from another tool's spelling is a warning that says so, where the tool's
 * own key keeps the ERROR.
 */
class ForeignKeysTests {

	private final DialectReader reader = new DialectReader(BundledCatalogue.get());

	private final ConfigValidator validator = new ConfigValidator(BundledCatalogue.get());

	private ValidationReport validate(String yaml, Dialect dialect) {
		ReadConfiguration read = this.reader
			.read(new ConfigParser().parse(yaml.getBytes(StandardCharsets.UTF_8), ConfigFormat.YAML), dialect);
		return this.validator.validate(read, ValidationContext.EMPTY, dialect.id());
	}

	/**
	 * An Axolotl file with a micro-batch of 1 and 8 accumulation steps, and more lines.
	 */
	private ValidationReport axolotl(String lines) {
		return validate("base_model: meta-llama/Meta-Llama-3-8B\nmicro_batch_size: 1\n"
				+ "gradient_accumulation_steps: 8\n" + lines, Dialect.AXOLOTL);
	}

	@Test
	void anAxolotlRefusalOnAnotherToolsKeyIsAWarningThatSaysWhy() {
		// a user's Axolotl file with DeepSpeed's train_batch_size beside accumulation
		ValidationReport foreign = axolotl("learning_rate: 2.0e-4\ntrain_batch_size: 1\n");
		assertThat(foreign.findings()).filteredOn((f) -> f.parameter().equals("total_batch_size"))
			.extracting(Finding::severity, Finding::code)
			.containsExactlyInAnyOrder(tuple(Severity.WARNING, ValidationCodes.ACCUMULATION_WITH_GLOBAL_BATCH),
					tuple(Severity.WARNING, ValidationCodes.BATCH_SIZES_INCONSISTENT));
		assertThat(foreign.findings()).filteredOn((f) -> f.parameter().equals("total_batch_size"))
			.allSatisfy((f) -> assertThat(f.message()).contains("train_batch_size is not Axolotl's key",
					"ignores it and starts"));
		assertThat(foreign.valid()).isTrue();
		// the same pair in Axolotl's own key is refused
		ValidationReport own = axolotl("learning_rate: 2.0e-4\nbatch_size: 8\n");
		assertThat(own.findings()).filteredOn((f) -> f.code() == ValidationCodes.ACCUMULATION_WITH_GLOBAL_BATCH)
			.extracting(Finding::severity)
			.containsExactly(Severity.ERROR);
	}

	@Test
	void aSettingAxolotlRequiresGivenOnlyInAnotherToolsSpellingIsMissingForAxolotl() {
		// the same user's file writes lr: instead of learning_rate:
		ValidationReport report = axolotl("lr: 2.0e-4\n");
		assertThat(report.findings()).filteredOn((f) -> f.code() == ValidationCodes.REQUIRED_SETTING_MISSING)
			.singleElement()
			.satisfies((f) -> {
				assertThat(f.parameter()).isEqualTo("learning_rate");
				assertThat(f.severity()).isEqualTo(Severity.ERROR);
				assertThat(f.message()).contains("set only as lr");
			});
		// the value is still checked as the learning rate it was meant to be
		assertThat(report.normalized()).containsKey("learning_rate");
		// with Axolotl's own key, nothing is missing
		assertThat(axolotl("learning_rate: 2.0e-4\n").findings())
			.noneMatch((f) -> f.code() == ValidationCodes.REQUIRED_SETTING_MISSING);
	}

	@Test
	void aRequirementMissingEitherWayIsReportedOnce() {
		// one batch size, in Hugging Face's spelling: missing for Axolotl with or without
		// it
		ValidationReport report = validate("""
				base_model: meta-llama/Meta-Llama-3-8B
				learning_rate: 2.0e-4
				per_device_train_batch_size: 4
				""", Dialect.AXOLOTL);
		assertThat(report.findings()).filteredOn((f) -> f.code() == ValidationCodes.REQUIRED_SETTING_MISSING)
			.extracting(Finding::parameter)
			.containsExactly("batch_size");
	}

	@Test
	void huggingFacesParserRefusesKeysItDoesNotUseSoTheErrorStands() {
		ValidationReport report = validate("""
				learning_rate: 2.0e-5
				per_device_train_batch_size: 4
				gradient_accumulation_steps: 2
				train_batch_size: 64
				""", Dialect.HUGGINGFACE);
		assertThat(report.findings()).filteredOn((f) -> f.code() == ValidationCodes.BATCH_SIZES_INCONSISTENT)
			.extracting(Finding::severity)
			.containsExactly(Severity.ERROR);
	}

}
