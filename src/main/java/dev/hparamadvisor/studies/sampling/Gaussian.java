package dev.hparamadvisor.studies.sampling;

import java.util.random.RandomGenerator;

/**
 * The standard normal distribution as the Parzen estimators need it: the log of the mass
 * between two points, stable far in the tails, and draws from a truncated normal.
 */
final class Gaussian {

	/** log(sqrt(2 pi)), for the log-density. */
	static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

	private static final double LOG_HALF = Math.log(0.5);

	/**
	 * Draws from the untruncated normal before a truncated draw falls back to uniform.
	 */
	private static final int MAX_REJECTIONS = 64;

	private Gaussian() {
	}

	/**
	 * The log of the upper tail, log P(Z > x). The complementary error function is the
	 * Chebyshev fit of Press et al., Numerical Recipes (2nd ed., 1992), section 6.2,
	 * {@code erfcc}, fractional error below 1.2e-7 everywhere, written as a log so that
	 * it does not underflow in the tails.
	 */
	static double logUpperTail(double x) {
		if (x < 0) {
			return Math.log1p(-Math.exp(logUpperTail(-x)));
		}
		double z = x / Math.sqrt(2);
		double t = 1 / (1 + 0.5 * z);
		double poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
				+ t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
		return LOG_HALF + Math.log(t) - z * z + poly;
	}

	/** log P(a < Z < b) for a standard normal Z; minus infinity when {@code a >= b}. */
	static double logMass(double a, double b) {
		if (!(a < b)) {
			return Double.NEGATIVE_INFINITY;
		}
		if (a >= 0) {
			double upperA = logUpperTail(a);
			return upperA + Math.log1p(-Math.exp(logUpperTail(b) - upperA));
		}
		if (b <= 0) {
			return logMass(-b, -a);
		}
		return Math.log1p(-(Math.exp(logUpperTail(b)) + Math.exp(logUpperTail(-a))));
	}

	/**
	 * A draw from the normal of mean {@code mu} and deviation {@code sigma} truncated to
	 * [low, high], by rejection. The estimators keep every mean inside the interval and
	 * every deviation at most its width, so a draw is accepted with probability above
	 * 0.34; after {@value #MAX_REJECTIONS} rejections the draw is uniform in the
	 * interval.
	 */
	static double truncated(RandomGenerator random, double mu, double sigma, double low, double high) {
		for (int i = 0; i < MAX_REJECTIONS; i++) {
			double x = mu + sigma * random.nextGaussian();
			if (x >= low && x <= high) {
				return x;
			}
		}
		return low + (high - low) * random.nextDouble();
	}

}
