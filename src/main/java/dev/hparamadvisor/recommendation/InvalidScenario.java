package dev.hparamadvisor.recommendation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.hparamadvisor.RequestProblem;

/**
 * A request that is well-formed but describes no scenario: an unknown preset or GPU, a
 * model given two ways, a 95th percentile below the average. Each field at fault is named
 * by a JSON pointer into the request.
 */
public class InvalidScenario extends RequestProblem {

	/** The problem type. */
	public static final String TYPE = "invalid-scenario";

	public InvalidScenario(List<FieldProblem> problems) {
		super(TYPE, problems.stream().map((p) -> p.pointer() + ": " + p.detail()).collect(Collectors.joining("; ")),
				problems, Map.of());
	}

}
