package dev.hparamadvisor.recommendation;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request that is well-formed but describes no scenario: an unknown preset or GPU, a
 * model given two ways, a 95th percentile below the average. Rendered as RFC 9457
 * problem+json with an {@code errors} array of JSON pointers into the request.
 */
public class InvalidScenario extends ErrorResponseException {

	/** The problem type. */
	public static final URI TYPE = URI.create("/problems/invalid-scenario");

	/**
	 * One problem with one field.
	 *
	 * @param pointer JSON pointer into the request, e.g. {@code /dataset/p95_tokens}
	 * @param detail what is wrong, in words
	 */
	public record FieldProblem(String pointer, String detail) {
	}

	private final List<FieldProblem> problems;

	public InvalidScenario(List<FieldProblem> problems) {
		super(HttpStatus.BAD_REQUEST, body(problems), null);
		this.problems = List.copyOf(problems);
	}

	/** The problems, in the order found. */
	public List<FieldProblem> problems() {
		return this.problems;
	}

	private static ProblemDetail body(List<FieldProblem> problems) {
		String detail = problems.stream().map((p) -> p.pointer() + ": " + p.detail()).collect(Collectors.joining("; "));
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		body.setType(TYPE);
		body.setTitle("The request does not describe a training scenario");
		body.setProperty("errors",
				problems.stream().map((p) -> Map.of("pointer", p.pointer(), "detail", p.detail())).toList());
		return body;
	}

}
