package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;

import dev.hparamadvisor.dialect.Duplicate;
import dev.hparamadvisor.dialect.ReadConfiguration;
import dev.hparamadvisor.dialect.UnknownKey;

/**
 * The findings about names, from what the dialect reader reported: an unknown key close
 * to a known name is most likely a typo; one that only looks like a hyperparameter is a
 * setting the service does not model; a parameter set twice keeps its first value.
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
		for (Duplicate duplicate : read.duplicates()) {
			findings.add(Finding.of(duplicate.id(), ValidationCodes.DUPLICATE_PARAMETER)
				.value(Normalizer.shown(duplicate.value()))
				.message("'" + shorten(duplicate.path()) + "' sets " + duplicate.id()
						+ " a second time; the first value was kept."));
		}
		return findings;
	}

	private static String shorten(String text) {
		return (text.length() > 80) ? text.substring(0, 80) + "..." : text;
	}

}
