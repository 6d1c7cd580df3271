package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.hparamadvisor.catalogue.Choice;
import dev.hparamadvisor.catalogue.Term;
import dev.hparamadvisor.catalogue.ValueType;
import dev.hparamadvisor.catalogue.Vocabulary;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Converts the raw values the dialect reader found under the vocabulary's ids into typed
 * ones (Double, Long, Boolean, String). A value of the wrong type is a finding, not a
 * failure; names were resolved by the reader, once.
 */
final class Normalizer {

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

	private final Vocabulary vocabulary;

	Normalizer(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/**
	 * Converts values already under the vocabulary's ids to typed values; an id the
	 * vocabulary does not have is left out.
	 */
	Result normalize(Map<String, JsonNode> input) {
		Result result = new Result(new LinkedHashMap<>(), new ArrayList<>());
		for (Map.Entry<String, JsonNode> item : input.entrySet()) {
			Optional<Term> term = this.vocabulary.term(item.getKey());
			JsonNode node = item.getValue();
			if (term.isEmpty() || node == null || node.isNull() || node.isMissingNode()
					|| (node.isString() && node.asString().isBlank())) {
				continue;
			}
			Object value = coerce(term.get(), node, result.findings());
			if (value != null) {
				result.values().put(term.get().id(), value);
			}
		}
		return result;
	}

	private @Nullable Object coerce(Term knob, JsonNode node, List<Finding> findings) {
		return switch (knob.valueType()) {
			case FLOAT, INTEGER -> number(knob, node, findings);
			case BOOLEAN -> flag(knob, node, findings);
			case CHOICE -> choice(knob, node, findings);
			case TEXT -> node.isValueNode() ? node.asString() : shown(node);
		};
	}

	private @Nullable Object number(Term knob, JsonNode node, List<Finding> findings) {
		double value;
		if (node.isNumber()) {
			// numberValue(): a huge integer becomes infinity (reported below) instead of
			// failing
			value = node.numberValue().doubleValue();
		}
		else if (node.isString() && NUMBER.matcher(node.asString().trim()).matches()) {
			value = Double.parseDouble(node.asString().trim());
		}
		else if (node.isString() && "auto".equalsIgnoreCase(node.asString().trim())) {
			findings.add(Finding.of(knob.id(), ValidationCodes.VALUE_LEFT_TO_TOOL)
				.value("auto")
				.message(knob.id() + " is 'auto': the tool chooses it, so it was not checked."));
			return null;
		}
		else {
			findings.add(Finding.of(knob.id(), ValidationCodes.WRONG_TYPE)
				.value(shown(node))
				.expected("a number")
				.message(knob.id() + " must be a number, but it is " + describe(node) + "."));
			return null;
		}
		if (!Double.isFinite(value)) {
			findings.add(Finding.of(knob.id(), ValidationCodes.NOT_FINITE)
				.value(shown(node))
				.expected("a finite number")
				.message(knob.id() + " must be a finite number; it overflows or is not a number."));
			return null;
		}
		if (knob.valueType() == ValueType.INTEGER && value == Math.rint(value) && Math.abs(value) < 9.0e15) {
			return (long) value;
		}
		return (value == 0.0) ? 0.0 : value;
	}

	private @Nullable Object flag(Term knob, JsonNode node, List<Finding> findings) {
		if (node.isBoolean()) {
			return node.asBoolean();
		}
		if (node.isString()) {
			String text = node.asString().trim().toLowerCase(Locale.ROOT);
			if (text.equals("true") || text.equals("false")) {
				return Boolean.valueOf(text);
			}
		}
		findings.add(Finding.of(knob.id(), ValidationCodes.WRONG_TYPE)
			.value(shown(node))
			.expected("true or false")
			.message(knob.id() + " must be true or false, but it is " + describe(node) + "."));
		return null;
	}

	private @Nullable Object choice(Term knob, JsonNode node, List<Finding> findings) {
		if (node.isBoolean() && !node.asBoolean()) {
			// "rl: false", "adapter: false": loosely read files (Axolotl before its typed
			// schema) took false for "none"; the value is read so, and the caller told
			findings.add(Finding.of(knob.id(), ValidationCodes.FALSE_AS_NOT_SET)
				.value("false")
				.expected("a name, or no value")
				.message(knob.id() + " is false where a name is expected, and was read as not set. A tool that "
						+ "reads its file loosely does the same; one that checks the value's type (Axolotl's current schema) "
						+ "refuses it, so leave the key out instead."));
			return null;
		}
		if (!node.isString()) {
			findings.add(Finding.of(knob.id(), ValidationCodes.WRONG_TYPE)
				.value(shown(node))
				.expected("a name")
				.message(knob.id() + " must be a name, but it is " + describe(node) + "."));
			return null;
		}
		String text = node.asString().trim();
		if (knob.isEntry()) {
			Optional<Choice> choice = knob.entry().choice(text);
			return choice.isPresent() ? choice.get().value() : text;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		return knob.choices().contains(lower) ? lower : text;
	}

	static Object shown(JsonNode node) {
		if (node.isNumber()) {
			return node.numberValue();
		}
		if (node.isBoolean()) {
			return node.asBoolean();
		}
		String text = node.isString() ? node.asString() : node.toString();
		return (text.length() > 80) ? text.substring(0, 80) + "..." : text;
	}

	private static String describe(JsonNode node) {
		if (node.isObject()) {
			return "an object";
		}
		if (node.isArray()) {
			return "an array";
		}
		if (node.isBoolean()) {
			return "a boolean";
		}
		if (node.isNumber()) {
			return "a number";
		}
		return "the text '" + shown(node) + "'";
	}

	/**
	 * What normalization produced.
	 *
	 * @param values id to typed value
	 * @param findings values of the wrong type, not finite, or left to the tool
	 */
	record Result(Map<String, Object> values, List<Finding> findings) {
	}

}
