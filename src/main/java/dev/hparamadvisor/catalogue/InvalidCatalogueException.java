package dev.hparamadvisor.catalogue;

import java.util.List;

/**
 * The catalogue resource cannot be used; the message names each entry and field at fault.
 */
public class InvalidCatalogueException extends RuntimeException {

	private final List<String> problems;

	InvalidCatalogueException(String origin, List<String> problems) {
		super("Invalid hyperparameter catalogue " + origin + ":\n  - " + String.join("\n  - ", problems));
		this.problems = List.copyOf(problems);
	}

	/** Each problem found, one sentence each. */
	public List<String> problems() {
		return this.problems;
	}

}
