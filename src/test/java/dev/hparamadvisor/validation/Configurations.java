package dev.hparamadvisor.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.catalogue.Catalogue;
import dev.hparamadvisor.dialect.DialectReader;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Normalized configurations for testing one rule at a time, read the way
 * {@link ConfigValidator} reads them, and the whole validator for tests that need every
 * rule.
 */
final class Configurations {

	static final Catalogue CATALOGUE = BundledCatalogue.get();

	static final ConfigValidator VALIDATOR = new ConfigValidator(CATALOGUE);

	static final DialectReader READER = new DialectReader(CATALOGUE);

	private static final Normalizer NORMALIZER = new Normalizer(CATALOGUE.vocabulary());

	private Configurations() {
	}

	static Configuration of(Map<String, ?> values) {
		return of(values, RunContext.unknown(), null);
	}

	static Configuration of(Map<String, ?> values, RunContext run) {
		return of(values, run, null);
	}

	static Configuration of(Map<String, ?> values, RunContext run, @Nullable String dialect) {
		Map<String, Object> typed = NORMALIZER.normalize(READER.readNames(nodes(values)).values()).values();
		ValidationContext context = run.context();
		return new Configuration(typed, context, Derived.of(typed, context), dialect, CATALOGUE);
	}

	/** What the whole validator reports. */
	static ValidationReport validate(Map<String, ?> values, RunContext run, @Nullable String dialect) {
		return VALIDATOR.validate(nodes(values), run.context(), dialect);
	}

	static ValidationReport validate(Map<String, ?> values, RunContext run) {
		return validate(values, run, null);
	}

	static ValidationReport validate(Map<String, ?> values) {
		return validate(values, RunContext.unknown(), null);
	}

	/** Values as JSON, the way a request carries them. */
	static Map<String, JsonNode> nodes(Map<String, ?> values) {
		Map<String, JsonNode> nodes = new LinkedHashMap<>();
		values.forEach((name, value) -> nodes.put(name, node(value)));
		return nodes;
	}

	static JsonNode node(@Nullable Object value) {
		JsonNodeFactory factory = JsonNodeFactory.instance;
		if (value instanceof JsonNode node) {
			return node;
		}
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
