package dev.hparamadvisor.web;

import java.util.List;
import java.util.Map;

import dev.hparamadvisor.RequestProblem;

import org.springframework.http.ProblemDetail;

/**
 * Builds problem details of this service's types.
 */
final class Problems {

	private Problems() {
	}

	static ProblemDetail of(ProblemType type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
		problem.setType(type.uri());
		problem.setTitle(type.title());
		return problem;
	}

	static ProblemDetail of(ProblemType type, String detail, List<Map<String, String>> errors) {
		ProblemDetail problem = of(type, detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * The problem a capability describes, typed, titled and given its status by its
	 * {@link ProblemType}.
	 */
	static ProblemDetail of(ProblemType type, RequestProblem refused) {
		ProblemDetail problem = of(type, refused.detail());
		if (!refused.errors().isEmpty()) {
			problem.setProperty("errors",
					refused.errors().stream().map((error) -> error(error.pointer(), error.detail())).toList());
		}
		refused.properties().forEach(problem::setProperty);
		return problem;
	}

	static Map<String, String> error(String pointer, String detail) {
		return Map.of("pointer", pointer, "detail", detail);
	}

	/** Shortens text taken from a request so it cannot flood an answer. */
	static String shorten(String text) {
		return (text.length() > 100) ? text.substring(0, 100) + "..." : text;
	}

}
