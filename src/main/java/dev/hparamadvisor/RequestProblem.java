package dev.hparamadvisor;

import java.util.List;
import java.util.Map;

/**
 * A request a capability refuses, described for the web layer to answer as an RFC 9457
 * problem: the slug of its problem type, a detail, the fields at fault and any further
 * members (such as {@code suggestions}). The web layer declares each problem type once,
 * with its title and status; a capability names one by its slug and never builds an HTTP
 * answer itself. Each subclass declares the slug it carries as {@code TYPE}.
 */
public abstract class RequestProblem extends RuntimeException {

	private final String type;

	private final List<FieldProblem> errors;

	private final Map<String, Object> properties;

	/**
	 * A problem.
	 * @param type the slug of the problem type, such as {@code invalid-scenario}
	 * @param detail what is wrong with this request, in words
	 * @param errors the fields at fault, in the order to show them (may be empty)
	 * @param properties further members of the problem, in the order to show them
	 */
	protected RequestProblem(String type, String detail, List<FieldProblem> errors, Map<String, Object> properties) {
		super(detail);
		this.type = type;
		this.errors = List.copyOf(errors);
		this.properties = properties;
	}

	/**
	 * The problem type.
	 * @return its slug
	 */
	public String type() {
		return this.type;
	}

	/**
	 * What is wrong with this request.
	 * @return the detail
	 */
	public String detail() {
		return String.valueOf(getMessage());
	}

	/**
	 * The fields at fault.
	 * @return each with a JSON pointer into the request (or a parameter name)
	 */
	public List<FieldProblem> errors() {
		return this.errors;
	}

	/**
	 * Further members of the problem.
	 * @return names to values, in order
	 */
	public Map<String, Object> properties() {
		return this.properties;
	}

	/**
	 * One problem with one field.
	 *
	 * @param pointer a JSON pointer into the request, such as {@code /model/preset}, or
	 * the name of a parameter
	 * @param detail what is wrong with it, in words
	 */
	public record FieldProblem(String pointer, String detail) {
	}

}
