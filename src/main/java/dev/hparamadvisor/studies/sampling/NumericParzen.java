package dev.hparamadvisor.studies.sampling;

import java.util.Arrays;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * A univariate Parzen estimator of a number: a weighted mixture of normals truncated to
 * the axis's scale, one per observation and one for the prior, as in Optuna's TPESampler
 * 3.x ({@code _ParzenEstimator._calculate_numerical_params}). Each observation's
 * bandwidth is the larger distance to its neighbours (the interval's ends count as
 * neighbours, except for the outermost observations), clipped to [width / min(100, 1 +
 * components), width] ("magic clip", Bergstra et al. 2011); the prior component keeps its
 * own deviation. On an integer's linear scale the density of a value is the mass of its
 * unit bin.
 */
final class NumericParzen {

	private static final int MAX_CACHED_BINS = 10_000;

	private final double low;

	private final double high;

	private final boolean binned;

	private final double[] mus;

	private final double[] sigmas;

	/** log(weight) - log(mass of the interval), per component. */
	private final double[] logScales;

	/** log(weight) - log(mass of the interval) - log(sigma sqrt(2 pi)), per component. */
	private final double[] logDensityScales;

	private final double[] cumulativeWeights;

	private final double[] scratch;

	/**
	 * The log-mass of each unit bin once computed (binned axes of at most 10,000 bins).
	 */
	private final double @Nullable [] binCache;

	NumericParzen(Axis axis, double[] points, double[] weights, double priorMu, double priorSigma, double priorWeight) {
		this.low = axis.low();
		this.high = axis.high();
		this.binned = axis.isBinned();
		int n = points.length;
		this.mus = Arrays.copyOf(points, n + 1);
		this.mus[n] = priorMu;
		this.sigmas = bandwidths(this.mus, this.low, this.high);
		this.sigmas[n] = priorSigma;
		double total = priorWeight;
		for (double weight : weights) {
			total += weight;
		}
		this.logScales = new double[n + 1];
		this.logDensityScales = new double[n + 1];
		this.cumulativeWeights = new double[n + 1];
		double cumulative = 0;
		for (int i = 0; i <= n; i++) {
			double weight = ((i < n) ? weights[i] : priorWeight) / total;
			cumulative += weight;
			this.cumulativeWeights[i] = cumulative;
			double a = (this.low - this.mus[i]) / this.sigmas[i];
			double b = (this.high - this.mus[i]) / this.sigmas[i];
			// Beyond 9 deviations on both sides the truncation removes less than 1e-18.
			double mass = (a < -9 && b > 9) ? 0 : Gaussian.logMass(a, b);
			this.logScales[i] = Math.log(weight) - mass;
			this.logDensityScales[i] = this.logScales[i] - Math.log(this.sigmas[i]) - Gaussian.LOG_SQRT_2PI;
		}
		this.scratch = new double[n + 1];
		long bins = Math.round(this.high - this.low);
		this.binCache = (this.binned && bins <= MAX_CACHED_BINS) ? new double[(int) bins] : null;
		if (this.binCache != null) {
			Arrays.fill(this.binCache, Double.NaN);
		}
	}

	private static double[] bandwidths(double[] mus, double low, double high) {
		int count = mus.length;
		Integer[] order = new Integer[count];
		for (int i = 0; i < count; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(mus[a], mus[b]));
		double[] sigmas = new double[count];
		for (int k = 0; k < count; k++) {
			double left = (k == 0) ? low : mus[order[k - 1]];
			double right = (k == count - 1) ? high : mus[order[k + 1]];
			double mu = mus[order[k]];
			double sigma = Math.max(mu - left, right - mu);
			if (count >= 2 && k == 0) {
				sigma = right - mu;
			}
			else if (count >= 2 && k == count - 1) {
				sigma = mu - left;
			}
			sigmas[order[k]] = sigma;
		}
		double width = high - low;
		double minSigma = width / Math.min(100.0, 1.0 + count);
		for (int i = 0; i < count; i++) {
			sigmas[i] = Math.min(Math.max(sigmas[i], minSigma), width);
		}
		return sigmas;
	}

	/** A draw: a component by weight, then its truncated normal. */
	double sample(RandomGenerator random) {
		double u = random.nextDouble();
		int i = Arrays.binarySearch(this.cumulativeWeights, u);
		i = Math.min((i >= 0) ? i : -i - 1, this.mus.length - 1);
		return Gaussian.truncated(random, this.mus[i], this.sigmas[i], this.low, this.high);
	}

	/** The log-density at a point of the scale (log-mass of its bin when binned). */
	double logDensity(double x) {
		if (this.binCache == null) {
			return mixture(x);
		}
		int bin = (int) Math.min(Math.max(Math.floor(x - this.low), 0), this.binCache.length - 1);
		if (Double.isNaN(this.binCache[bin])) {
			this.binCache[bin] = mixture(x);
		}
		return this.binCache[bin];
	}

	private double mixture(double x) {
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < this.mus.length; i++) {
			double sigma = this.sigmas[i];
			double term;
			if (this.binned) {
				double from = Math.max(x - 0.5, this.low);
				double to = Math.min(x + 0.5, this.high);
				term = Gaussian.logMass((from - this.mus[i]) / sigma, (to - this.mus[i]) / sigma) + this.logScales[i];
			}
			else {
				double z = (x - this.mus[i]) / sigma;
				term = -0.5 * z * z + this.logDensityScales[i];
			}
			this.scratch[i] = term;
			max = Math.max(max, term);
		}
		if (max == Double.NEGATIVE_INFINITY) {
			return max;
		}
		double sum = 0;
		for (int i = 0; i < this.mus.length; i++) {
			sum += Math.exp(this.scratch[i] - max);
		}
		return max + Math.log(sum);
	}

}
