package dev.hparamadvisor.validation;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request to {@code POST /v1/validate} that is not a configuration at all: the envelope
 * or the context is wrong, or the dialect does not exist. Bad values inside a
 * configuration are findings, not this.
 */
class InvalidValidationRequest extends ErrorResponseException {

	InvalidValidationRequest(String pointer, String detail) {
		super(HttpStatus.BAD_REQUEST, problem(List.of(Map.of("pointer", pointer, "detail", detail)), detail), null);
	}

	InvalidValidationRequest(List<Map<String, String>> errors) {
		super(HttpStatus.BAD_REQUEST,
				problem(errors,
						errors.size() + " field(s) of the request are not acceptable: "
								+ String.join("; ",
										errors.stream().map((e) -> e.get("pointer") + " " + e.get("detail")).toList())),
				null);
	}

	private static ProblemDetail problem(List<Map<String, String>> errors, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setType(URI.create("/problems/invalid-request"));
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

}
