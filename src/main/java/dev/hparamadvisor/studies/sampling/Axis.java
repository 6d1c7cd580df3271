package dev.hparamadvisor.studies.sampling;

import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * A dimension on the scale the samplers work on: log10 of the value on a log dimension,
 * the value itself otherwise, and the index of a choice. An integer's interval is widened
 * by half a step on each side so that each integer owns a bin of the scale, as Optuna
 * does ({@code _ParzenEstimator._calculate_parzen_bounds}). Values leaving the scale are
 * rounded and clamped into the dimension's bounds, so a sampler never answers outside
 * them.
 *
 * @param dimension the dimension
 * @param low the lower end of the scale
 * @param high the upper end of the scale
 * @param logScale whether the scale is log10 of the value (a log dimension whose lower
 * bound is positive)
 */
record Axis(Dimension dimension, double low, double high, boolean logScale) {

	static Axis of(Dimension dimension) {
		String name = dimension.name();
		if (dimension.kind() == Dimension.Kind.CHOICE) {
			if (dimension.choices().isEmpty()) {
				throw new IllegalArgumentException("Dimension '" + name + "' has no choices");
			}
			return new Axis(dimension, 0, dimension.choices().size() - 1, false);
		}
		double min = dimension.min();
		double max = dimension.max();
		boolean integer = dimension.kind() == Dimension.Kind.INT;
		if (!Double.isFinite(min) || !Double.isFinite(max) || min > max
				|| (integer && (min != Math.rint(min) || max != Math.rint(max)))) {
			throw new IllegalArgumentException("Dimension '" + name + "' has bounds " + min + ".." + max);
		}
		double half = integer ? 0.5 : 0;
		boolean logScale = dimension.log() && min - half > 0;
		return logScale ? new Axis(dimension, Math.log10(min - half), Math.log10(max + half), true)
				: new Axis(dimension, min - half, max + half, false);
	}

	String name() {
		return this.dimension.name();
	}

	boolean isChoice() {
		return this.dimension.kind() == Dimension.Kind.CHOICE;
	}

	/** Whether the dimension holds a single value. */
	boolean isFixed() {
		return isChoice() ? this.dimension.choices().size() == 1 : this.dimension.min() == this.dimension.max();
	}

	/** Whether densities are masses of unit bins (an integer on a linear scale). */
	boolean isBinned() {
		return this.dimension.kind() == Dimension.Kind.INT && !this.logScale;
	}

	/**
	 * A trial's value on this scale, NaN when it is absent or not one of this dimension's
	 * values; numbers out of bounds are clamped.
	 */
	double toScale(@Nullable Object value) {
		if (value == null) {
			return Double.NaN;
		}
		if (isChoice()) {
			int index = this.dimension.choices().indexOf(value);
			return (index >= 0) ? index : Double.NaN;
		}
		double number;
		if (value instanceof Number n) {
			number = n.doubleValue();
		}
		else if (value instanceof String s) {
			try {
				number = Double.parseDouble(s);
			}
			catch (NumberFormatException ex) {
				return Double.NaN;
			}
		}
		else {
			return Double.NaN;
		}
		if (Double.isNaN(number)) {
			return Double.NaN;
		}
		number = Math.min(Math.max(number, this.dimension.min()), this.dimension.max());
		if (this.dimension.kind() == Dimension.Kind.INT) {
			number = Math.rint(number);
		}
		return this.logScale ? Math.log10(number) : number;
	}

	/** The dimension's value at a point of the scale: Double, Long or String. */
	Object toValue(double x) {
		if (isChoice()) {
			int last = this.dimension.choices().size() - 1;
			int index = (int) Math.min(Math.max(Math.round(x), 0), last);
			return this.dimension.choices().get(index);
		}
		double value = this.logScale ? Math.pow(10, x) : x;
		if (Double.isNaN(value)) {
			value = this.dimension.min();
		}
		if (this.dimension.kind() == Dimension.Kind.INT) {
			long rounded = Math.round(value);
			return Math.min(Math.max(rounded, (long) this.dimension.min()), (long) this.dimension.max());
		}
		return Math.min(Math.max(value, this.dimension.min()), this.dimension.max());
	}

	/** A uniform draw on the scale (log-uniform on a log dimension). */
	double uniform(RandomGenerator random) {
		if (isChoice()) {
			return random.nextInt(this.dimension.choices().size());
		}
		return this.low + (this.high - this.low) * random.nextDouble();
	}

}
