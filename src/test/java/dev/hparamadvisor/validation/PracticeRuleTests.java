package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.catalogue.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PracticeRuleTests {

	private final Rule rule = new PracticeRule();

	private final RunContext full7b = RunContext.of(Method.FULL, 7.0e9).task(Task.CHAT);

	@Test
	void standardPracticeOutsideTheEbookIsOnlyInformation() {
		List<Finding> findings = this.rule.check(of(Map.of("learning_rate", 2.0e-5), this.full7b));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("learning_rate", Severity.INFO, ValidationCodes.EBOOK_RANGE_DIFFERS_FROM_PRACTICE));
		assertThat(findings.get(0).sources()).contains("ebook", "alpaca");
	}

	@ParameterizedTest(name = "{0} epochs over {1} examples: {2}")
	@org.junit.jupiter.params.provider.CsvSource({ "10, 0, INFO", "15, 0, INFO", "10, 100000, WARNING",
			"10, 1000, WARNING", "6, 1000, INFO", "20, 5, INFO", "20, 30, WARNING", "60, 0, WARNING" })
	void moreEpochsThanPracticeWarnOnlyWhereTheDataDoesNotCallForThem(double epochs, long examples, Severity severity) {
		RunContext context = (examples > 0) ? this.full7b.examples(examples) : this.full7b;
		List<Finding> findings = this.rule.check(of(Map.of("num_epochs", epochs), context));
		assertThat(findings).extracting(Finding::parameter, Finding::severity)
			.containsExactly(tuple("num_epochs", severity));
		if (severity == Severity.INFO) {
			assertThat(findings.get(0).code()).isEqualTo(ValidationCodes.OUTSIDE_TYPICAL_RANGE);
			assertThat(findings.get(0).sources()).contains("openai-cookbook-epochs");
			assertThat(findings.get(0).message())
				.contains((examples > 0) ? "OpenAI's heuristic allows this many passes" : "give dataset_examples");
		}
		else {
			assertThat(findings.get(0).code()).isEqualTo(ValidationCodes.FAR_FROM_PRACTICE);
		}
	}

	@Test
	void withOnlyTheTaskKnownMoreEpochsThanPracticeAreInformationCitingTheHeuristic() {
		List<Finding> findings = this.rule.check(of(Map.of("num_epochs", 10), RunContext.unknown().task(Task.CHAT)));
		assertThat(findings).extracting(Finding::severity, Finding::code)
			.containsExactly(tuple(Severity.INFO, ValidationCodes.OUTSIDE_TYPICAL_RANGE));
		assertThat(findings.get(0).message()).contains("every practice range that could apply",
				"give dataset_examples");
		assertThat(findings.get(0).sources()).contains("openai-cookbook-epochs");
	}

	@Test
	void aFullFineTuningRateTenTimesTooHighIsAWarning() {
		List<Finding> findings = this.rule.check(of(Map.of("learning_rate", 1.0e-3), this.full7b));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code, Finding::suggestion)
			.containsExactly(tuple("learning_rate", Severity.WARNING, ValidationCodes.FAR_FROM_PRACTICE, 2.0e-5));
	}

	@Test
	void aLoraRateOfOneMillionthIsAWarning() {
		assertThat(this.rule.check(of(Map.of("lr", 1.0e-6), RunContext.of(Method.LORA, 8.0e9).task(Task.CHAT))))
			.extracting(Finding::parameter, Finding::severity, Finding::code, Finding::suggestion)
			.containsExactly(tuple("learning_rate", Severity.WARNING, ValidationCodes.FAR_FROM_PRACTICE, 2.0e-4));
	}

	@Test
	void withTheTaskUnknownARateStandardForPreferenceTuningIsOnlyInformation() {
		List<Finding> findings = this.rule.check(of(Map.of("lr", 1.0e-6), RunContext.of(Method.LORA, 8.0e9)));
		assertThat(findings).extracting(Finding::severity, Finding::code)
			.containsExactly(tuple(Severity.INFO, ValidationCodes.OUTSIDE_TYPICAL_RANGE));
		assertThat(findings.get(0).message()).contains("task is not given", "Preference or RL tuning",
				"usual for LoRA adapters");
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({ "learning_rate, 5", "dropout, 0.9", "weight_decay, 0.9",
			"temperature, 5", "gradient_clipping, 100" })
	void withNoContextAValueWrongInEveryContextIsAWarning(String parameter, double value) {
		List<Finding> findings = this.rule.check(of(Map.of(parameter, value), RunContext.unknown()));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple(parameter, Severity.WARNING, ValidationCodes.FAR_FROM_PRACTICE));
		assertThat(findings.get(0).message()).contains("every practice range that could apply",
				"method, task and model size are not given");
	}

	@Test
	void withOnlyTheMethodKnownTheEnvelopeIsThatMethodsRanges() {
		// every LoRA range, whatever the task and size: 1e-6 (preference) to 1e-3
		assertThat(this.rule.check(of(Map.of("learning_rate", 5.0e-2), RunContext.unknown().method(Method.LORA))))
			.extracting(Finding::severity, Finding::code, Finding::expected)
			.containsExactly(tuple(Severity.WARNING, ValidationCodes.FAR_FROM_PRACTICE, "1e-06 to 0.001"));
		assertThat(this.rule.check(of(Map.of("learning_rate", 2.0e-3), RunContext.unknown().method(Method.LORA))))
			.extracting(Finding::severity)
			.containsExactly(Severity.INFO);
	}

	@Test
	void withNoContextAnUnusualButPossibleValueIsNotAWarning() {
		// 5e-7 is a full fine-tune's DPO rate; 0.1 dropout is how encoders are trained
		assertThat(this.rule.check(of(Map.of("learning_rate", 5.0e-7, "dropout", 0.1), RunContext.unknown())))
			.extracting(Finding::severity)
			.doesNotContain(Severity.WARNING, Severity.ERROR);
	}

	@ParameterizedTest
	@ValueSource(doubles = { 6.0e-5, 1.5e-4 })
	void withinThreeTimesOfTheRangeIsOnlyInformation(double rate) {
		// practice for 7B and larger is 2e-6 to 5e-5; 1.5e-4 is exactly three times the
		// top
		assertThat(this.rule.check(of(Map.of("learning_rate", rate), this.full7b)))
			.extracting(Finding::severity, Finding::code)
			.containsExactly(tuple(Severity.INFO, ValidationCodes.OUTSIDE_TYPICAL_RANGE));
	}

	@Test
	void justBeyondThreeTimesIsAWarning() {
		assertThat(this.rule.check(of(Map.of("learning_rate", 1.6e-4), this.full7b))).extracting(Finding::code)
			.containsExactly(ValidationCodes.FAR_FROM_PRACTICE);
	}

	@Test
	void linearKnobsAreMeasuredInRangeWidths() {
		// Llama-family models are fine-tuned without dropout
		assertThat(this.rule.check(of(Map.of("dropout", 0.3), this.full7b)))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("dropout", Severity.WARNING, ValidationCodes.FAR_FROM_PRACTICE));
		assertThat(this.rule.check(of(Map.of("dropout", 0.0), this.full7b))).extracting(Finding::code)
			.containsExactly(ValidationCodes.EBOOK_RANGE_DIFFERS_FROM_PRACTICE);
	}

	@Test
	void ratesOfOptimizersThatAreNotAdamAreNotCompared() {
		assertThat(this.rule.check(of(Map.of("learning_rate", 0.1, "optimizer", "sgd"), this.full7b))).isEmpty();
		assertThat(this.rule.check(of(Map.of("learning_rate", 1.0e-3, "optimizer", "adafactor"), this.full7b)))
			.extracting(Finding::code)
			.containsExactly(ValidationCodes.FAR_FROM_PRACTICE);
	}

	@Test
	void withoutAContextTheEbookIsTheOnlyYardstick() {
		List<Finding> findings = this.rule.check(of(Map.of("learning_rate", 2.0e-5)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("learning_rate", Severity.INFO, ValidationCodes.OUTSIDE_EBOOK_RANGE));
		assertThat(this.rule.check(of(Map.of("learning_rate", 1.0e-3)))).isEmpty();
	}

	@Test
	void valuesOutsideTheDomainAreLeftToTheDomainRule() {
		assertThat(this.rule.check(of(Map.of("learning_rate", -1.0), this.full7b))).isEmpty();
	}

	@Test
	void runLengthKnobsAreLeftToTheirOwnRules() {
		assertThat(this.rule.check(of(Map.of("warmup_steps", 5000, "max_steps", 100_000, "early_stopping_patience", 50),
				RunContext.of(Method.LORA, 7.0e9))))
			.isEmpty();
	}

}
