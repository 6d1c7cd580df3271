package dev.hparamadvisor.studies.sampling;

import java.util.List;

/**
 * One searched parameter: a float or integer interval (on a log scale or not), or a set
 * of choices.
 *
 * @param name the canonical parameter id
 * @param kind float, integer or choice
 * @param min the lower bound, inclusive (numbers only)
 * @param max the upper bound, inclusive (numbers only)
 * @param log whether the interval is searched on a log scale (numbers only)
 * @param choices the names to choose from (choices only), otherwise empty
 */
public record Dimension(String name, Kind kind, double min, double max, boolean log, List<String> choices) {

	public Dimension {
		choices = List.copyOf(choices);
	}

	public static Dimension floating(String name, double min, double max, boolean log) {
		return new Dimension(name, Kind.FLOAT, min, max, log, List.of());
	}

	public static Dimension integer(String name, long min, long max, boolean log) {
		return new Dimension(name, Kind.INT, min, max, log, List.of());
	}

	public static Dimension choice(String name, List<String> choices) {
		return new Dimension(name, Kind.CHOICE, Double.NaN, Double.NaN, false, choices);
	}

	/** What a dimension holds. */
	public enum Kind {

		FLOAT, INT, CHOICE

	}

}
