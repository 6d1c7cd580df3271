package dev.hparamadvisor.estimation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.hparamadvisor.RequestProblem;

/**
 * A request that is well-formed but does not describe a plan: heads that do not divide
 * the hidden size, an unknown preset or GPU, a model given two ways. Each field at fault
 * is named by a JSON pointer into the request.
 */
public class InvalidEstimateRequest extends RequestProblem {

	/** The problem type. */
	public static final String TYPE = "invalid-estimate-request";

	public InvalidEstimateRequest(List<FieldProblem> problems) {
		super(TYPE, problems.stream().map((p) -> p.pointer() + ": " + p.detail()).collect(Collectors.joining("; ")),
				problems, Map.of());
	}

}
