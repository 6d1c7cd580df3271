package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.Catalogue;
import dev.hparamadvisor.catalogue.Vocabulary;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Checks a whole configuration and reports every finding at once: values read under
 * canonical names, single-parameter domains and practice from the catalogue, then each
 * cross-parameter rule. Plain Java, thread-safe, usable without Spring.
 */
public final class ConfigValidator {

	private final Catalogue catalogue;

	private final Normalizer normalizer;

	private final List<Rule> rules;

	public ConfigValidator(Catalogue catalogue) {
		this.catalogue = catalogue;
		Vocabulary vocabulary = catalogue.vocabulary();
		this.normalizer = new Normalizer(vocabulary);
		this.rules = List.of(new DomainRule(vocabulary), new ChoiceRule(), new PracticeRule(), new WarmupLengthRule(),
				new WarmupStepsAndRatioRule(), new WarmupRatioWrittenAsStepsRule(), new MaxStepsVersusEpochsRule(),
				new EffectiveBatchVersusDatasetRule(), new EarlyStoppingRule(), new PlateauScheduleRule(),
				new GreedySamplingRule(), new SamplingShapeRule(), new TemperatureLimitRule(), new SequenceLengthRule(),
				new AdamArgumentsRule(), new WeightDecayRule(), new EvaluationCadenceRule(), new LoraSettingsRule(),
				new EpochsVersusDatasetRule(), new BatchArithmeticRule(), new PrecisionRule());
	}

	/** The rules, in the order they run. */
	public List<Rule> rules() {
		return this.rules;
	}

	/**
	 * Validates raw values.
	 * @param values any known name (canonical id, alias, sub-parameter, companion) to its
	 * value as written
	 * @param given what is known of the run; impossible facts (zero or negative counts)
	 * are treated as unknown
	 * @param dialect the tool whose rules apply, if one was named
	 * @param ignored keys already set aside as not hyperparameters
	 * @param notes what a dialect reader converted
	 * @return the report
	 */
	public ValidationReport validate(Map<String, JsonNode> values, ValidationContext given, @Nullable String dialect,
			List<String> ignored, List<String> notes) {
		ValidationContext context = given.withoutImpossibleFacts();
		Normalizer.Result normalized = this.normalizer.normalize(values);
		// the normalizer's map is new for each call and held by nothing else
		Map<String, Object> typed = Collections.unmodifiableMap(normalized.values());
		Configuration configuration = new Configuration(typed, context, Derived.of(typed, context), dialect,
				this.catalogue);
		List<Finding> findings = new ArrayList<>(normalized.findings());
		for (Rule rule : this.rules) {
			findings.addAll(rule.check(configuration));
		}
		findings.sort(Comparator.comparing(Finding::severity));
		List<String> allIgnored = new ArrayList<>(ignored);
		allIgnored.addAll(normalized.ignored());
		ValidationReport.Summary summary = ValidationReport.Summary.of(findings);
		return new ValidationReport(summary.errors() == 0, summary, List.copyOf(findings), typed,
				configuration.derived(), List.copyOf(allIgnored), dialect, context, List.copyOf(notes));
	}

	/**
	 * Validates values already under canonical names, as the recommender produces them.
	 * @param values canonical name to a number, string or boolean
	 * @param context what is known of the run
	 * @return the report
	 */
	public ValidationReport validateValues(Map<String, ?> values, ValidationContext context) {
		Map<String, JsonNode> nodes = new LinkedHashMap<>();
		JsonNodeFactory factory = JsonNodeFactory.instance;
		values.forEach((name, value) -> nodes.put(name, toNode(factory, value)));
		return validate(nodes, context, null, List.of(), List.of());
	}

	private static JsonNode toNode(JsonNodeFactory factory, @Nullable Object value) {
		if (value == null) {
			return factory.nullNode();
		}
		if (value instanceof Integer || value instanceof Long) {
			return factory.numberNode(((Number) value).longValue());
		}
		if (value instanceof Number number) {
			return factory.numberNode(number.doubleValue());
		}
		if (value instanceof Boolean flag) {
			return factory.booleanNode(flag);
		}
		return factory.stringNode(String.valueOf(value));
	}

}
