package dev.hparamadvisor.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import org.springframework.http.ProblemDetail;

/**
 * Explains why Jackson could not read a body: where (a JSON pointer; for a syntax error
 * or a limit, a line and column) and what, in words, without class names.
 */
final class JsonProblems {

	private static final Pattern ALLOWED = Pattern.compile("maximum allowed \\((\\d+)");

	private JsonProblems() {
	}

	static ProblemDetail describe(JacksonException ex) {
		String pointer = pointer(ex.getPath());
		String detail = detail(ex);
		String where = location(ex.getLocation());
		String message = detail + (where.isEmpty() ? "" : " (" + where + ")");
		ProblemDetail problem = Problems.of(ProblemType.MALFORMED_BODY, message,
				List.of(Problems.error(pointer, detail)));
		TokenStreamLocation location = ex.getLocation();
		if (ex instanceof StreamReadException && location != null && location.getLineNr() > 0) {
			problem.setProperty("line", location.getLineNr());
			problem.setProperty("column", location.getColumnNr());
		}
		return problem;
	}

	private static String detail(JacksonException ex) {
		if (ex instanceof StreamConstraintsException) {
			return "The body exceeds a parser limit: " + limit(String.valueOf(ex.getOriginalMessage()));
		}
		if (ex instanceof StreamReadException) {
			return "The body is not well-formed JSON: " + firstSentence(ex.getOriginalMessage());
		}
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return "Unknown field '" + Problems.shorten(unknown.getPropertyName()) + "'; known fields: "
					+ String.join(", ", unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList());
		}
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
			Class<?> type = invalid.getTargetType();
			String value = Problems.shorten(String.valueOf(invalid.getValue()));
			if (type.isEnum()) {
				return "'" + value + "' is not one of " + Enums.names(type);
			}
			return "'" + value + "' is not a valid " + TypeNames.of(type);
		}
		if (ex instanceof InvalidNullException) {
			return "Must not be null";
		}
		if (ex instanceof MismatchedInputException mismatched) {
			Class<?> type = mismatched.getTargetType();
			return (type != null) ? "Expected " + TypeNames.of(type) : "Unexpected value";
		}
		if (ex instanceof ValueInstantiationException && ex.getCause() != null && ex.getCause().getMessage() != null) {
			return ex.getCause().getMessage();
		}
		return "The body could not be read";
	}

	/** The JSON pointer (RFC 6901) of a Jackson path. */
	static String pointer(List<JacksonException.Reference> path) {
		StringBuilder pointer = new StringBuilder();
		for (JacksonException.Reference ref : path) {
			pointer.append('/');
			if (ref.getPropertyName() != null) {
				pointer.append(ref.getPropertyName().replace("~", "~0").replace("/", "~1"));
			}
			else if (ref.getIndex() >= 0) {
				pointer.append(ref.getIndex());
			}
		}
		return Problems.shorten(pointer.toString());
	}

	private static String location(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return "line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

	/** A limit in the words the YAML parser uses, with the limit Jackson applied. */
	private static String limit(String message) {
		Matcher allowed = ALLOWED.matcher(message);
		String max = allowed.find() ? allowed.group(1) : null;
		if (max == null) {
			return firstSentence(message);
		}
		if (message.contains("nesting depth")) {
			return "nested deeper than " + max + " levels";
		}
		if (message.startsWith("Number value length")) {
			return "a number has more than " + max + " digits";
		}
		if (message.startsWith("String value length") || message.startsWith("Name length")) {
			return "a string or key is longer than " + max + " characters";
		}
		if (message.startsWith("Token count")) {
			return "more than " + max + " values";
		}
		return firstSentence(message);
	}

	private static String firstSentence(String message) {
		if (message == null) {
			return "unreadable input";
		}
		String line = message.lines().findFirst().orElse(message);
		return Problems.shorten(line.replaceAll("\\s*\\(StreamReadConstraints[^)]*\\)", ""));
	}

	static Map<String, String> error(JacksonException ex) {
		return Problems.error(pointer(ex.getPath()), detail(ex));
	}

}
