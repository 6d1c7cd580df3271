package dev.hparamadvisor.validation;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.Catalogue;
import dev.hparamadvisor.catalogue.Vocabulary;
import dev.hparamadvisor.dialect.DialectReader;
import dev.hparamadvisor.dialect.ReadConfiguration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Checks a whole configuration and reports every finding at once: the names the reader
 * did not know, values converted to their types, single-parameter domains and practice
 * from the catalogue, then each cross-parameter rule. Plain Java, thread-safe, usable
 * without Spring.
 */
public final class ConfigValidator {

	private final Catalogue catalogue;

	private final Normalizer normalizer;

	private final List<Rule> rules;

	private final DialectReader reader;

	public ConfigValidator(Catalogue catalogue) {
		this.catalogue = catalogue;
		this.reader = new DialectReader(catalogue);
		Vocabulary vocabulary = catalogue.vocabulary();
		this.normalizer = new Normalizer(vocabulary);
		this.rules = List.of(new DomainRule(vocabulary), new ChoiceRule(), new PracticeRule(), new WarmupLengthRule(),
				new WarmupStepsAndRatioRule(), new WarmupRatioWrittenAsStepsRule(), new MaxStepsVersusEpochsRule(),
				new EffectiveBatchVersusDatasetRule(), new EarlyStoppingRule(), new PlateauScheduleRule(),
				new GreedySamplingRule(), new SamplingShapeRule(), new TemperatureLimitRule(), new SequenceLengthRule(),
				new AdamArgumentsRule(), new WeightDecayRule(), new EvaluationCadenceRule(), new LoraSettingsRule(),
				new EpochsVersusDatasetRule(), new BatchArithmeticRule(), new PrecisionRule(),
				new TrainerArgumentsRule(), new AxolotlSchemaRule(), new QuantizationRule(), new StreamingRule(),
				new IgnoredSettingsRule(), new LossTaskRule());
	}

	/** The rules, in the order they run. */
	public List<Rule> rules() {
		return this.rules;
	}

	/**
	 * Validates a configuration as the dialect reader read it: values under the
	 * vocabulary's ids, the keys it did not know and the parameters set twice.
	 * @param read what the reader found
	 * @param given what is known of the run; impossible facts (zero or negative counts)
	 * are treated as unknown
	 * @param dialect the tool whose rules apply, if one was named
	 * @return the report
	 */
	public ValidationReport validate(ReadConfiguration read, ValidationContext given, @Nullable String dialect) {
		ValidationContext context = given.withoutImpossibleFacts();
		Normalizer.Result normalized = this.normalizer.normalize(read.values());
		// the normalizer's map is new for each call and held by nothing else
		Map<String, Object> typed = Collections.unmodifiableMap(normalized.values());
		Configuration configuration = new Configuration(typed, context, Derived.of(typed, context), dialect,
				this.catalogue);
		List<Finding> findings = NameFindings.of(read);
		findings.addAll(normalized.findings());
		for (Rule rule : this.rules) {
			findings.addAll(rule.check(configuration));
		}
		if (dialect != null) {
			findings = ForeignKeys.asTheToolReadsThem(findings, read, configuration);
		}
		findings.sort(Comparator.comparing(Finding::severity));
		ValidationReport.Summary summary = ValidationReport.Summary.of(findings);
		return new ValidationReport(summary.errors() == 0, summary, Collections.unmodifiableList(findings), typed,
				configuration.derived(), read.ignored(), dialect, context, read.notes());
	}

	/**
	 * Validates values named in the catalogue's vocabulary (ids or aliases, in any
	 * spelling), read by {@link DialectReader#readNames(Map)}.
	 * @param values any name of the vocabulary to its value as written
	 * @param given what is known of the run
	 * @param dialect the tool whose rules apply, if one was named
	 * @return the report
	 */
	public ValidationReport validate(Map<String, JsonNode> values, ValidationContext given, @Nullable String dialect) {
		return validate(this.reader.readNames(values), given, dialect);
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
		return validate(nodes, context, null);
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
