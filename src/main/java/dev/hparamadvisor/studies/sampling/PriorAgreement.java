package dev.hparamadvisor.studies.sampling;

import java.util.Arrays;
import java.util.List;

/**
 * How far the trials agree with the advice on one dimension: Spearman's rank correlation
 * between the prior's density at each trial's value and the trial's rank (best first), so
 * 1 when the closer a trial is to the recommendation the better it did, -1 when the
 * farther the better (the advice points away from the optimum), about 0 when the
 * dimension does not matter or the prior is as good as flat. PriorBand (Mallik et al.,
 * NeurIPS 2023) weighs its prior by a comparable test of the best trials' likelihood
 * under the prior.
 */
final class PriorAgreement {

	private PriorAgreement() {
	}

	/**
	 * @param axis the dimension
	 * @param prior the advice on it
	 * @param ranked the trials, best first
	 * @return the correlation in [-1, 1]; 0 with fewer than 3 trials holding the
	 * dimension
	 */
	static double of(Axis axis, AdvicePrior prior, List<RankedHistory.Entry> ranked) {
		double[] density = new double[ranked.size()];
		double[] position = new double[ranked.size()];
		int count = 0;
		for (int i = 0; i < ranked.size(); i++) {
			double x = axis.toScale(ranked.get(i).observation().parameters().get(axis.name()));
			if (!Double.isNaN(x)) {
				density[count] = -prior.logDensity(x);
				position[count] = i;
				count++;
			}
		}
		if (count < 3) {
			return 0;
		}
		double[] a = ranks(Arrays.copyOf(density, count));
		double[] b = ranks(Arrays.copyOf(position, count));
		return pearson(a, b);
	}

	/** Ranks from 0, ties sharing their mean rank. */
	private static double[] ranks(double[] values) {
		int n = values.length;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
		double[] ranks = new double[n];
		int start = 0;
		while (start < n) {
			int end = start;
			while (end + 1 < n && values[order[end + 1]] == values[order[start]]) {
				end++;
			}
			for (int k = start; k <= end; k++) {
				ranks[order[k]] = 0.5 * (start + end);
			}
			start = end + 1;
		}
		return ranks;
	}

	private static double pearson(double[] a, double[] b) {
		int n = a.length;
		double meanA = 0;
		double meanB = 0;
		for (int i = 0; i < n; i++) {
			meanA += a[i] / n;
			meanB += b[i] / n;
		}
		double cov = 0;
		double varA = 0;
		double varB = 0;
		for (int i = 0; i < n; i++) {
			cov += (a[i] - meanA) * (b[i] - meanB);
			varA += (a[i] - meanA) * (a[i] - meanA);
			varB += (b[i] - meanB) * (b[i] - meanB);
		}
		return (varA > 0 && varB > 0) ? cov / Math.sqrt(varA * varB) : 0;
	}

}
