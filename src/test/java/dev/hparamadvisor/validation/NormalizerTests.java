package dev.hparamadvisor.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import static dev.hparamadvisor.validation.Configurations.CATALOGUE;
import static dev.hparamadvisor.validation.Configurations.nodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NormalizerTests {

	private final Normalizer normalizer = new Normalizer(CATALOGUE.vocabulary());

	private Normalizer.Result normalize(Map<String, ?> values) {
		return this.normalizer.normalize(nodes(values));
	}

	/** Names as the validator reads them: once, by the dialect reader, then converted. */
	private static ValidationReport validate(Map<String, ?> values) {
		return Configurations.validate(values);
	}

	@Test
	void numbersWrittenAsTextAreNumbers() {
		Normalizer.Result result = normalize(Map.of("learning_rate", "2e-4", "batch_size", " 4 ", "dropout", ".1"));
		assertThat(result.findings()).isEmpty();
		assertThat(result.values()).containsEntry("learning_rate", 2.0e-4)
			.containsEntry("batch_size", 4L)
			.containsEntry("dropout", 0.1);
	}

	@Test
	void wholeNumbersForCountsAreIntegersAndFractionsStayFractions() {
		Normalizer.Result result = normalize(Map.of("batch_size", 4.0, "gradient_accumulation_steps", 1.5));
		assertThat(result.values()).containsEntry("batch_size", 4L).containsEntry("gradient_accumulation_steps", 1.5);
	}

	@Test
	void negativeZeroIsZero() {
		assertThat(normalize(Map.of("weight_decay", -0.0)).values().get("weight_decay")).isEqualTo(0.0)
			.matches((v) -> 1 / (Double) v > 0);
	}

	@Test
	void textThatIsNotANumberIsTheWrongType() {
		Normalizer.Result result = normalize(Map.of("learning_rate", "abc"));
		assertThat(result.findings()).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("learning_rate", Severity.ERROR, ValidationCodes.WRONG_TYPE));
		assertThat(result.findings().get(0).expected()).isEqualTo("a number");
		assertThat(result.values()).isEmpty();
	}

	@Test
	void anObjectAnArrayOrABooleanForANumberIsTheWrongType() {
		JsonNodeFactory json = JsonNodeFactory.instance;
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("dropout", json.objectNode().put("p", 0.1));
		values.put("weight_decay", json.arrayNode().add(0.1));
		values.put("learning_rate", true);
		assertThat(normalize(values).findings()).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("dropout", Severity.ERROR, ValidationCodes.WRONG_TYPE),
					tuple("weight_decay", Severity.ERROR, ValidationCodes.WRONG_TYPE),
					tuple("learning_rate", Severity.ERROR, ValidationCodes.WRONG_TYPE));
	}

	@Test
	void aNumberTooLargeForADoubleIsNotFinite() {
		assertThat(normalize(Map.of("learning_rate", "1e999")).findings())
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("learning_rate", Severity.ERROR, ValidationCodes.NOT_FINITE));
	}

	@Test
	void aBigNumberBeyondADoubleIsNotFinite() {
		JsonNodeFactory json = JsonNodeFactory.instance;
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("learning_rate", json.numberNode(new java.math.BigDecimal("4.5e342")));
		values.put("batch_size", json.numberNode(java.math.BigInteger.TEN.pow(400)));
		assertThat(normalize(values).findings()).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("learning_rate", Severity.ERROR, ValidationCodes.NOT_FINITE),
					tuple("batch_size", Severity.ERROR, ValidationCodes.NOT_FINITE));
	}

	@Test
	void autoIsLeftToTheTool() {
		Normalizer.Result result = normalize(Map.of("num_epochs", "auto", "batch_size", "AUTO"));
		assertThat(result.findings()).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactlyInAnyOrder(tuple("num_epochs", Severity.INFO, ValidationCodes.VALUE_LEFT_TO_TOOL),
					tuple("batch_size", Severity.INFO, ValidationCodes.VALUE_LEFT_TO_TOOL));
		assertThat(result.values()).isEmpty();
	}

	@Test
	void twoNamesForOneParameterKeepTheFirst() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("lr", 2.0e-5);
		values.put("learning_rate", 1.0e-4);
		ValidationReport result = validate(values);
		assertThat(result.findings()).extracting(Finding::parameter, Finding::severity, Finding::code)
			.contains(tuple("learning_rate", Severity.WARNING, ValidationCodes.DUPLICATE_PARAMETER));
		assertThat(result.normalized()).containsEntry("learning_rate", 2.0e-5);
	}

	@Test
	void anUnknownNameThatLooksLikeAKnobIsAWarningWithASuggestion() {
		ValidationReport result = validate(Map.of("learnin_rate", 2.0e-5));
		assertThat(result.findings())
			.extracting(Finding::parameter, Finding::severity, Finding::code, Finding::suggestion)
			.containsExactly(
					tuple("learnin_rate", Severity.WARNING, ValidationCodes.UNKNOWN_PARAMETER, "learning_rate"));
		assertThat(result.ignored()).isEmpty();
	}

	@Test
	void anUnknownNameThatLooksLikeASettingButResemblesNoneIsNotChecked() {
		ValidationReport result = validate(Map.of("torch_empty_cache_steps", 10));
		assertThat(result.findings()).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("torch_empty_cache_steps", Severity.INFO, ValidationCodes.NOT_CHECKED));
		assertThat(result.normalized()).isEmpty();
	}

	@Test
	void anUnknownNameThatIsNotAKnobIsIgnoredSilently() {
		ValidationReport result = validate(Map.of("output_dir", "./out", "model_name_or_path", "meta-llama/x"));
		assertThat(result.findings()).isEmpty();
		assertThat(result.ignored()).containsExactlyInAnyOrder("output_dir", "model_name_or_path");
	}

	@Test
	void aBlankNameIsIgnored() {
		ValidationReport result = validate(Map.of("", 1, " ", 2, "\u3000", 3));
		assertThat(result.findings()).isEmpty();
		assertThat(result.ignored()).containsExactlyInAnyOrder("", " ", "\u3000");
	}

	@Test
	void nullsAndBlanksAreAbsentValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("learning_rate", null);
		values.put("optimizer", "  ");
		Normalizer.Result result = normalize(values);
		assertThat(result.findings()).isEmpty();
		assertThat(result.values()).isEmpty();
	}

	@Test
	void flagsAcceptBooleansAndTheirText() {
		Normalizer.Result result = normalize(Map.of("bf16", "True", "fp16", false, "do_sample", "yes"));
		assertThat(result.values()).containsEntry("bf16", true).containsEntry("fp16", false);
		assertThat(result.findings()).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("do_sample", Severity.ERROR, ValidationCodes.WRONG_TYPE));
	}

	@Test
	void namesAreReadInTheirCanonicalFormAndChoicesByAlias() {
		ValidationReport result = validate(Map.of("Learning-Rate", 3.0e-4, "optim", "adamw_torch_fused",
				"lr_scheduler_type", "WarmupCosineLR", "evaluation_strategy", "EPOCH"));
		assertThat(result.normalized()).containsEntry("learning_rate", 3.0e-4)
			.containsEntry("optimizer", "adamw")
			.containsEntry("lr_schedule", "cosine")
			.containsEntry("eval_strategy", "epoch");
	}

	@Test
	void aNumberForANameIsTheWrongType() {
		assertThat(normalize(Map.of("optimizer", 42)).findings())
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("optimizer", Severity.ERROR, ValidationCodes.WRONG_TYPE));
	}

	@Test
	void theValidatorReportsTypedValuesAndIgnoredKeys() {
		Map<String, JsonNode> values = nodes(Map.of("lr", "2e-4", "output_dir", "./out"));
		ValidationReport report = Configurations.VALIDATOR.validate(values, ValidationContext.EMPTY, null);
		assertThat(report.normalized()).containsEntry("learning_rate", 2.0e-4);
		assertThat(report.ignored()).containsExactly("output_dir");
		assertThat(report.valid()).isTrue();
	}

}
