package dev.hparamadvisor.dialect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.RequestProblem;
import org.jspecify.annotations.Nullable;

/**
 * A configuration that cannot be read: not JSON or YAML, over a limit of
 * {@link ParserLimits}, or not an object of names to values. The message says what is
 * wrong and, when known, where (also as the {@code line} and {@code column} members); it
 * never names a Java class, so it is the detail of a {@code malformed-body} problem.
 * <p>
 * This is the only exception {@link ConfigParser} and {@link DialectReader} throw for bad
 * input.
 */
public class UnreadableConfiguration extends RequestProblem {

	/** The problem type. */
	public static final String TYPE = "malformed-body";

	private final Problem problem;

	private final @Nullable Integer line;

	private final @Nullable Integer column;

	UnreadableConfiguration(Problem problem, String message, @Nullable Integer line, @Nullable Integer column) {
		super(TYPE, located(message, line, column), List.of(new FieldProblem("", located(message, line, column))),
				where(line, column));
		this.problem = problem;
		this.line = line;
		this.column = column;
	}

	UnreadableConfiguration(Problem problem, String message) {
		this(problem, message, null, null);
	}

	private static String located(String message, @Nullable Integer line, @Nullable Integer column) {
		return message + ((line != null) ? " (line " + line + ", column " + column + ")" : "");
	}

	private static Map<String, Object> where(@Nullable Integer line, @Nullable Integer column) {
		Map<String, Object> where = new LinkedHashMap<>();
		if (line != null) {
			where.put("line", line);
			where.put("column", column);
		}
		return where;
	}

	/**
	 * What is wrong.
	 * @return the kind of problem
	 */
	public Problem problem() {
		return this.problem;
	}

	/**
	 * Where, when known.
	 * @return the 1-based line, or {@code null}
	 */
	public @Nullable Integer line() {
		return this.line;
	}

	/**
	 * Where, when known.
	 * @return the 1-based column, or {@code null}
	 */
	public @Nullable Integer column() {
		return this.column;
	}

	/**
	 * The kinds of unreadable configuration.
	 */
	public enum Problem {

		/** Not valid JSON or YAML. */
		SYNTAX,
		/** No document at all. */
		EMPTY,
		/** The document is not an object (mapping) of names to values. */
		NOT_AN_OBJECT,
		/** The same key twice in one object. */
		DUPLICATE_KEY,
		/**
		 * More values, after aliases are expanded, than {@link ParserLimits#maxNodes()}.
		 */
		TOO_MANY_VALUES,
		/** Nested deeper than {@link ParserLimits#maxNestingDepth()}. */
		TOO_DEEP,
		/** More YAML aliases than {@link ParserLimits#maxAliases()}. */
		TOO_MANY_ALIASES,
		/** A YAML alias to an anchor that was not defined before it. */
		UNDEFINED_ALIAS,
		/** A string or name longer than {@link ParserLimits#maxStringLength()}. */
		STRING_TOO_LONG,
		/** A number with more digits than the parser accepts. */
		NUMBER_TOO_LONG,
		/** More than one YAML document, or content after the JSON value. */
		TRAILING_CONTENT

	}

}
