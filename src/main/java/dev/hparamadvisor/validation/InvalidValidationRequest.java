package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import dev.hparamadvisor.RequestProblem;

/**
 * A request to {@code POST /v1/validate} that is not a configuration at all: the envelope
 * or the context is wrong, or the dialect does not exist. Bad values inside a
 * configuration are findings, not this.
 */
class InvalidValidationRequest extends RequestProblem {

	/** The problem type. */
	static final String TYPE = "invalid-request";

	InvalidValidationRequest(String pointer, String detail) {
		super(TYPE, detail, List.of(new FieldProblem(pointer, detail)), Map.of());
	}

	InvalidValidationRequest(List<FieldProblem> errors) {
		super(TYPE,
				errors.size() + " field(s) of the request are not acceptable: "
						+ String.join("; ", errors.stream().map((e) -> e.pointer() + " " + e.detail()).toList()),
				errors, Map.of());
	}

}
