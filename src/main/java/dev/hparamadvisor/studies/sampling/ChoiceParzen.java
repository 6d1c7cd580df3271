package dev.hparamadvisor.studies.sampling;

import java.util.random.RandomGenerator;

/**
 * A univariate Parzen estimator of a choice, as in Optuna's TPESampler 3.x
 * ({@code _ParzenEstimator._calculate_categorical_params}): each observation is a
 * distribution putting weight 1 on its choice plus {@code priorWeight / (n + 1)} on every
 * choice (smoothing), the prior component is the prior's distribution over the choices
 * (uniform for a flat prior), and the estimator is their weighted mixture.
 */
final class ChoiceParzen {

	private final double[] probabilities;

	/**
	 * @param choices how many choices
	 * @param observed the observed choices' indices
	 * @param weights the observations' weights
	 * @param prior the prior's probability of each choice
	 * @param priorWeight the prior component's weight
	 */
	ChoiceParzen(int choices, int[] observed, double[] weights, double[] prior, double priorWeight) {
		int n = observed.length;
		double smoothing = priorWeight / (n + 1);
		double rowTotal = 1 + choices * smoothing;
		double[] p = new double[choices];
		double total = priorWeight;
		for (int c = 0; c < choices; c++) {
			p[c] = priorWeight * prior[c];
		}
		for (int i = 0; i < n; i++) {
			for (int c = 0; c < choices; c++) {
				p[c] += weights[i] * (smoothing + ((c == observed[i]) ? 1 : 0)) / rowTotal;
			}
			total += weights[i];
		}
		for (int c = 0; c < choices; c++) {
			p[c] /= total;
		}
		this.probabilities = p;
	}

	double sample(RandomGenerator random) {
		double u = random.nextDouble();
		double cumulative = 0;
		for (int c = 0; c < this.probabilities.length; c++) {
			cumulative += this.probabilities[c];
			if (u < cumulative) {
				return c;
			}
		}
		return this.probabilities.length - 1;
	}

	double logDensity(double choice) {
		return Math.log(this.probabilities[(int) choice]);
	}

}
