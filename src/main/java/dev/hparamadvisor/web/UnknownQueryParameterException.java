package dev.hparamadvisor.web;

import java.util.List;
import java.util.Set;

import org.springframework.web.ErrorResponseException;

/**
 * A query parameter the endpoint does not take.
 */
class UnknownQueryParameterException extends ErrorResponseException {

	UnknownQueryParameterException(String name, Set<String> accepted) {
		super(ProblemType.UNKNOWN_QUERY_PARAMETER.status(), problem(name, accepted), null);
	}

	private static org.springframework.http.ProblemDetail problem(String name, Set<String> accepted) {
		String shown = Problems.shorten(name);
		String detail = "This endpoint does not take the query parameter '" + shown + "'; "
				+ (accepted.isEmpty() ? "it takes none." : "it takes " + String.join(", ", accepted) + ".");
		return Problems.of(ProblemType.UNKNOWN_QUERY_PARAMETER, detail, List.of(Problems.error(shown, detail)));
	}

}
