package dev.hparamadvisor.catalogue;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No hyperparameter has the name that was asked for.
 */
class UnknownParameterException extends ErrorResponseException {

	UnknownParameterException(String name, List<String> suggestions) {
		super(HttpStatus.NOT_FOUND, problem(name, suggestions), null);
	}

	private static ProblemDetail problem(String name, List<String> suggestions) {
		String shown = (name.length() > 80) ? name.substring(0, 80) + "..." : name;
		String detail = "No hyperparameter has the id or alias '" + shown + "'." + (suggestions.isEmpty()
				? " GET /v1/parameters lists them all." : " Did you mean " + String.join(", ", suggestions) + "?");
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setType(URI.create("/problems/unknown-parameter"));
		problem.setTitle("Unknown hyperparameter");
		problem.setProperty("suggestions", suggestions);
		return problem;
	}

}
