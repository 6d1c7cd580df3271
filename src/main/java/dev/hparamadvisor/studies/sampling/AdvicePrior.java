package dev.hparamadvisor.studies.sampling;

import java.util.List;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * The advice's prior on one axis, on the axis's scale: a normal around the recommended
 * value (its deviation in log10 units on a log dimension, as {@link DimensionPrior} gives
 * it), truncated to the interval, or a distribution over the choices. The deviation is
 * kept within [width / 100, width] (the bounds of the estimators' bandwidths), and each
 * choice keeps at least {@value #CHOICE_FLOOR} of a uniform share so that no choice
 * becomes impossible.
 *
 * @param mean the recommended value on the scale (numbers) or the most likely choice's
 * index
 * @param sigma the deviation on the scale (numbers only)
 * @param choiceProbabilities the probability of each choice (choices only)
 */
record AdvicePrior(double mean, double sigma, double[] choiceProbabilities) {

	/** The uniform share mixed into a choice prior. */
	static final double CHOICE_FLOOR = 0.1;

	/** The prior of an axis, or null when the advice gives none that fits it. */
	static @Nullable AdvicePrior of(Axis axis, @Nullable DimensionPrior prior) {
		if (prior == null || axis.isFixed()) {
			return null;
		}
		return axis.isChoice() ? ofChoices(axis.dimension().choices(), prior) : ofNumber(axis, prior);
	}

	private static @Nullable AdvicePrior ofNumber(Axis axis, DimensionPrior prior) {
		double mean = axis.toScale(prior.centre());
		if (Double.isNaN(mean) || (axis.dimension().log() && !axis.logScale())) {
			return null;
		}
		double width = axis.high() - axis.low();
		double spread = (prior.spread() > 0 && Double.isFinite(prior.spread())) ? prior.spread() : width;
		return new AdvicePrior(mean, Math.min(Math.max(spread, width / 100), width), new double[0]);
	}

	private static @Nullable AdvicePrior ofChoices(List<String> choices, DimensionPrior prior) {
		double[] p = new double[choices.size()];
		double total = 0;
		for (int c = 0; c < p.length; c++) {
			Double weight = prior.weights().get(choices.get(c));
			p[c] = (weight != null && weight > 0 && Double.isFinite(weight)) ? weight : 0;
			total += p[c];
		}
		if (!(total > 0)) {
			return null;
		}
		int best = 0;
		for (int c = 0; c < p.length; c++) {
			p[c] = (1 - CHOICE_FLOOR) * p[c] / total + CHOICE_FLOOR / p.length;
			best = (p[c] > p[best]) ? c : best;
		}
		return new AdvicePrior(best, Double.NaN, p);
	}

	boolean isChoice() {
		return this.choiceProbabilities.length > 0;
	}

	double sample(Axis axis, RandomGenerator random) {
		if (isChoice()) {
			return new ChoiceParzen(this.choiceProbabilities.length, new int[0], new double[0],
					this.choiceProbabilities, 1)
				.sample(random);
		}
		return Gaussian.truncated(random, this.mean, this.sigma, axis.low(), axis.high());
	}

	/**
	 * The log-density up to a constant (the truncation's mass and the normal's
	 * normalization are the same for every point, so they do not change a ranking).
	 */
	double logDensity(double x) {
		if (isChoice()) {
			return Math.log(this.choiceProbabilities[(int) x]);
		}
		double z = (x - this.mean) / this.sigma;
		return -0.5 * z * z;
	}

}
