package dev.hparamadvisor.studies;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.hparamadvisor.RequestProblem;

/**
 * A request that is well-formed but not acceptable to a study: an unknown parameter, a
 * minimum above the maximum, a log scale from zero, a value that is not a finite number.
 * Each field at fault is named by a JSON pointer into the request.
 */
class InvalidStudy extends RequestProblem {

	/** The problem type. */
	static final String TYPE = "invalid-study";

	InvalidStudy(List<FieldProblem> problems) {
		super(TYPE, problems.stream().map((p) -> p.pointer() + ": " + p.detail()).collect(Collectors.joining("; ")),
				problems, Map.of());
	}

	static InvalidStudy of(String pointer, String detail) {
		return new InvalidStudy(List.of(new FieldProblem(pointer, detail)));
	}

}
