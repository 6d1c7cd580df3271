package dev.hparamadvisor.diagnosis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.hparamadvisor.dialect.DialectReader;
import dev.hparamadvisor.dialect.ReadConfiguration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The run's hyperparameters, read in any dialect with {@link DialectReader}, and the few
 * the diagnosis uses, typed. Absent when the request gave no configuration.
 *
 * @param values canonical id or companion name to value, as read
 */
record RunConfiguration(Map<String, JsonNode> values, @Nullable Boolean greaterIsBetter) {

	private static final tools.jackson.databind.json.JsonMapper PLAIN = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	static final RunConfiguration NONE = new RunConfiguration(Map.of(), null);

	RunConfiguration {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	static RunConfiguration read(@Nullable JsonNode configuration, DialectReader reader) {
		if (configuration == null) {
			return NONE;
		}
		ReadConfiguration read = reader.read(configuration);
		JsonNode greater = configuration.get("greater_is_better");
		return new RunConfiguration(read.values(),
				(greater != null && greater.isBoolean()) ? greater.booleanValue() : null);
	}

	/** A value as a plain Java value: text, number, boolean, list or map. */
	static Object plain(JsonNode value) {
		if (value.isString()) {
			return value.asString();
		}
		if (value.isNumber()) {
			return value.numberValue();
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		return PLAIN.treeToValue(value, Object.class);
	}

	boolean given() {
		return !this.values.isEmpty();
	}

	@Nullable Double number(String name) {
		JsonNode value = this.values.get(name);
		if (value == null) {
			return null;
		}
		if (value.isNumber()) {
			return value.doubleValue();
		}
		if (value.isString()) {
			Double number = TextLogReader.number(value.asString());
			return (number != null && Double.isFinite(number)) ? number : null;
		}
		return null;
	}

	@Nullable String text(String name) {
		JsonNode value = this.values.get(name);
		return (value != null && value.isString()) ? value.asString().toLowerCase(Locale.ROOT) : null;
	}

	@Nullable Boolean flag(String name) {
		JsonNode value = this.values.get(name);
		if (value == null) {
			return null;
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		return value.isString() ? Boolean.parseBoolean(value.asString()) : null;
	}

	@Nullable Double learningRate() {
		return number("learning_rate");
	}

	/** {@code max_grad_norm}; 0 means off in the Trainer. */
	@Nullable Double clipping() {
		return number("gradient_clipping");
	}

	/**
	 * The warmup in steps: {@code warmup_steps}, or {@code warmup_ratio} of the planned
	 * steps.
	 */
	@Nullable Double warmupSteps(long plannedSteps) {
		Double steps = number("warmup_steps");
		if (steps != null && steps >= 1) {
			return steps;
		}
		Double ratio = number("warmup_ratio");
		if (ratio == null && steps != null && steps > 0) {
			ratio = steps;
		}
		return (ratio != null && ratio > 0) ? ratio * plannedSteps : null;
	}

	/** {@code metric_for_best_model} under the Trainer's {@code eval_} prefix. */
	@Nullable String metricForBestModel() {
		JsonNode value = this.values.get("metric_for_best_model");
		if (value == null || !value.isString() || value.asString().isBlank()) {
			return null;
		}
		String metric = value.asString();
		return metric.startsWith("eval_") ? metric : "eval_" + metric;
	}

}
