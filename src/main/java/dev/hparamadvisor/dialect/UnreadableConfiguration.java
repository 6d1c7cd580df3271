package dev.hparamadvisor.dialect;

import org.jspecify.annotations.Nullable;

/**
 * A configuration that cannot be read: not JSON or YAML, over a limit of
 * {@link ParserLimits}, or not an object of names to values. The message says what is
 * wrong and, when known, where; it never names a Java class, so a web layer can show it
 * as the detail of a 400 problem.
 * <p>
 * This is the only exception {@link ConfigParser} and {@link DialectReader} throw for bad
 * input.
 */
public class UnreadableConfiguration extends RuntimeException {

	private final Problem problem;

	private final @Nullable Integer line;

	private final @Nullable Integer column;

	UnreadableConfiguration(Problem problem, String message, @Nullable Integer line, @Nullable Integer column) {
		super(message + ((line != null) ? " (line " + line + ", column " + column + ")" : ""));
		this.problem = problem;
		this.line = line;
		this.column = column;
	}

	UnreadableConfiguration(Problem problem, String message) {
		this(problem, message, null, null);
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
