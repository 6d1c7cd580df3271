package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;

import java.util.Map;

import dev.hparamadvisor.dialect.Duplicate;
import dev.hparamadvisor.dialect.KeyLoader;
import dev.hparamadvisor.dialect.ReadConfiguration;
import dev.hparamadvisor.dialect.RepeatedKey;
import dev.hparamadvisor.dialect.UnknownKey;
import tools.jackson.databind.JsonNode;

/**
 * The findings about names, from what the dialect reader reported: an unknown key close
 * to a known name is most likely a typo; one that only looks like a hyperparameter is a
 * setting the service does not model; a parameter set twice keeps its first value; a key
 * written twice is read as the tool's loader reads it.
 */
final class NameFindings {

	private NameFindings() {
	}

	/** The findings, in a new list the caller may add to. */
	static List<Finding> of(ReadConfiguration read) {
		List<Finding> findings = new ArrayList<>();
		for (UnknownKey unknown : read.unknown()) {
			String shown = shorten(unknown.path());
			List<String> suggestions = unknown.suggestions();
			if (!suggestions.isEmpty()) {
				findings.add(Finding.of(shown, ValidationCodes.UNKNOWN_PARAMETER)
					.suggestion(suggestions.get(0))
					.message("'" + shown + "' is not a hyperparameter the service knows, so it was not checked; "
							+ "did you mean " + String.join(", ", suggestions) + "?"));
			}
			else {
				findings.add(Finding.of(shown, ValidationCodes.NOT_CHECKED)
					.message("'" + shown + "' looks like a setting but is not one the service models, so it was "
							+ "not checked."));
			}
		}
		for (RepeatedKey repeated : read.repeatedKeys()) {
			findings.add(repeated(read, repeated));
		}
		for (Duplicate duplicate : read.duplicates()) {
			findings.add(Finding.of(duplicate.id(), ValidationCodes.DUPLICATE_PARAMETER)
				.value(Normalizer.shown(duplicate.value()))
				.message("'" + shorten(duplicate.path()) + "' sets " + duplicate.id()
						+ " a second time; the first value was kept."));
		}
		return findings;
	}

	/**
	 * A key written twice, judged as the tool's loader reads it: the last value where
	 * PyYAML or {@code json} loads the file, a refused file where OmegaConf does.
	 */
	private static Finding repeated(ReadConfiguration read, RepeatedKey repeated) {
		KeyLoader loader = read.loader();
		String path = shorten(repeated.path());
		String parameter = read.rawNames()
			.entrySet()
			.stream()
			.filter((name) -> name.getValue().equals(repeated.path()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(path);
		List<String> values = repeated.values().stream().map((value) -> shorten(display(value))).toList();
		String last = values.get(values.size() - 1);
		String written = "'" + path + "' is written " + values.size() + " times in one mapping ("
				+ String.join(", then ", values)
				+ ((repeated.line() != null) ? "; last on line " + repeated.line() : "") + "); ";
		String tool = loader.tool().equals("no tool named")
				? "With no tool named, it is read as " + loader.loader() + " reads it, which"
				: loader.tool() + " loads its file with " + loader.loader() + ", which";
		String message = loader.refuses()
				? written + tool + " refuses a key written twice ('found duplicate key'), so the run would not start. "
						+ "Keep one; the last value, " + last + ", was checked."
				: written + tool + " keeps the last value, " + last + ", without a word; that is the value checked.";
		return Finding.of(parameter, ValidationCodes.DUPLICATE_KEY, loader.refuses())
			.value(Normalizer.shown(repeated.last()))
			.message(message);
	}

	private static String display(JsonNode value) {
		if (value.isNumber()) {
			java.math.BigDecimal number = value.decimalValue().stripTrailingZeros();
			return (number.scale() > 6) ? number.toString() : number.toPlainString();
		}
		if (value.isNull() || value.isMissingNode()) {
			// a key with nothing after the colon
			return "an empty value";
		}
		if (value.isString() && value.asString().isBlank()) {
			return "an empty string";
		}
		return value.isValueNode() ? value.asString() : value.toString();
	}

	private static String shorten(String text) {
		return (text.length() > 80) ? text.substring(0, 80) + "..." : text;
	}

}
