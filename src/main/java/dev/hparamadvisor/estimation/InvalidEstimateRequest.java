package dev.hparamadvisor.estimation;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request that is well-formed but does not describe a plan: heads that do not divide
 * the hidden size, an unknown preset or GPU, a model given two ways. Rendered as RFC 9457
 * problem+json with an {@code errors} array of JSON pointers into the request.
 */
public class InvalidEstimateRequest extends ErrorResponseException {

	/** The problem type. */
	public static final URI TYPE = URI.create("/problems/invalid-estimate-request");

	/**
	 * One problem with one field.
	 *
	 * @param pointer JSON pointer into the request, e.g.
	 * {@code /model/num_attention_heads}
	 * @param detail what is wrong, in words
	 */
	public record FieldProblem(String pointer, String detail) {
	}

	private final List<FieldProblem> problems;

	public InvalidEstimateRequest(List<FieldProblem> problems) {
		super(HttpStatus.BAD_REQUEST, body(problems), null);
		this.problems = List.copyOf(problems);
	}

	/** The problems, in the order found. */
	public List<FieldProblem> problems() {
		return problems;
	}

	private static ProblemDetail body(List<FieldProblem> problems) {
		String detail = problems.stream().map((p) -> p.pointer() + ": " + p.detail()).collect(Collectors.joining("; "));
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		body.setType(TYPE);
		body.setTitle("The request does not describe a training plan");
		body.setProperty("errors",
				problems.stream().map((p) -> Map.of("pointer", p.pointer(), "detail", p.detail())).toList());
		return body;
	}

}
