package dev.hparamadvisor.catalogue;

import java.util.List;
import java.util.Map;

import dev.hparamadvisor.RequestProblem;

/**
 * No hyperparameter has the name that was asked for; the closest ids are suggested.
 */
class UnknownParameterException extends RequestProblem {

	/** The problem type. */
	static final String TYPE = "unknown-parameter";

	UnknownParameterException(String name, List<String> suggestions) {
		super(TYPE, detail(name, suggestions), List.of(), Map.of("suggestions", suggestions));
	}

	private static String detail(String name, List<String> suggestions) {
		String shown = (name.length() > 80) ? name.substring(0, 80) + "..." : name;
		return "No hyperparameter has the id or alias '" + shown + "'." + (suggestions.isEmpty()
				? " GET /v1/parameters lists them all." : " Did you mean " + String.join(", ", suggestions) + "?");
	}

}
