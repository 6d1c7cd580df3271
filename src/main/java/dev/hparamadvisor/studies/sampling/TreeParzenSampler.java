package dev.hparamadvisor.studies.sampling;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * Tree-structured Parzen estimation (Bergstra et al., "Algorithms for Hyper-Parameter
 * Optimization", NeurIPS 2011) with the defaults of Optuna's TPESampler 3.x: random
 * points for the first 10 trials, then the best ceil(0.1 n) trials (at most 25) form the
 * "good" group and the rest the "bad" one; per dimension a Parzen estimator l of the good
 * and g of the bad, each with a prior component of weight 1, older observations weighted
 * down past the 25 most recent ({@code default_weights}); 24 candidates drawn from l and
 * the one with the largest l/g kept. Dimensions are chosen independently (Optuna's
 * univariate default). The bad group holds at most the 1,000 most recent of its trials,
 * so that an ask costs about the same at 10,000 trials as at 1,000 (Optuna keeps them all
 * and grows linearly).
 * <p>
 * Advised ({@link TreeParzenSettings#ADVISED}): the advice is the prior, as in piBO
 * (Hvarfner et al., "piBO: Augmenting Acquisition Functions with User Beliefs for
 * Bayesian Optimization", ICLR 2022) and PriorBand (Mallik et al., "PriorBand: Practical
 * Hyperparameter Optimization in the Age of Deep Learning", NeurIPS 2023). The first
 * trial is the recommendation itself; the other start-up trials are drawn from the prior,
 * except a fifth drawn uniformly (PriorBand mixes prior and uniform draws the same way).
 * Afterwards, on each dimension, the prior is l's prior component and the acquisition l/g
 * is multiplied by prior^(beta trust / n) (piBO's prior^(beta / n), beta = 2), where
 * trust is the trials' rank agreement with the prior ({@link PriorAgreement}, clipped at
 * 0): the advice weighs less with every trial, and on a dimension where the trials
 * contradict it (the farther from the recommendation, the better) it is dropped, and that
 * dimension is searched as by TPE. Dimensions without a prior are searched as by TPE.
 */
final class TreeParzenSampler implements Sampler {

	private final TreeParzenSettings settings;

	TreeParzenSampler(TreeParzenSettings settings) {
		this.settings = settings;
	}

	@Override
	public Map<String, Object> suggest(SearchSpace space, List<Observation> history, boolean maximize, long seed,
			int trialNumber) {
		List<Axis> axes = space.dimensions().stream().map(Axis::of).toList();
		SplittableRandom random = Samplers.random(seed, trialNumber);
		RankedHistory ranked = RankedHistory.of(history, maximize);
		Map<String, Object> point = new LinkedHashMap<>();
		int n = ranked.size();
		if (n < this.settings.startupTrials()) {
			boolean first = history.isEmpty() && trialNumber == 0;
			boolean uniform = !first && random.nextDouble() < this.settings.uniformShare();
			for (Axis axis : axes) {
				AdvicePrior prior = prior(axis, space);
				double x;
				if (axis.isFixed()) {
					x = axis.low();
				}
				else if (prior == null || uniform) {
					x = axis.uniform(random);
				}
				else {
					x = first ? prior.mean() : prior.sample(axis, random);
				}
				point.put(axis.name(), axis.toValue(x));
			}
			return Collections.unmodifiableMap(point);
		}
		int good = Math.min(Math.min((int) Math.ceil(this.settings.gamma() * n), this.settings.maxGood()),
				ranked.valued());
		RankedHistory.Split split = ranked.split(good, this.settings.maxBad());
		double exponent = this.settings.beta() / n;
		for (Axis axis : axes) {
			AdvicePrior prior = prior(axis, space);
			double trust = 1;
			if (prior != null && this.settings.agreement()) {
				trust = Math.max(0, PriorAgreement.of(axis, prior, split.ranked()));
				prior = (trust > 0) ? prior : null;
			}
			double x = axis.isFixed() ? axis.low() : choose(axis, prior, split, exponent * trust, random);
			point.put(axis.name(), axis.toValue(x));
		}
		return Collections.unmodifiableMap(point);
	}

	private @Nullable AdvicePrior prior(Axis axis, SearchSpace space) {
		return this.settings.advised() ? AdvicePrior.of(axis, space.priors().get(axis.name())) : null;
	}

	private double choose(Axis axis, @Nullable AdvicePrior prior, RankedHistory.Split split, double exponent,
			RandomGenerator random) {
		Estimator l = estimator(axis, split.good(), prior);
		Estimator g = estimator(axis, split.bad(), null);
		double best = Double.NaN;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < this.settings.candidates(); i++) {
			double x = axis.toScale(axis.toValue(l.sample(random)));
			double score = l.logDensity(x) - g.logDensity(x) + ((prior != null) ? exponent * prior.logDensity(x) : 0);
			if (Double.isNaN(best) || score > bestScore) {
				best = x;
				bestScore = score;
			}
		}
		return best;
	}

	private Estimator estimator(Axis axis, List<RankedHistory.Entry> entries, @Nullable AdvicePrior prior) {
		double[] points = new double[entries.size()];
		int count = 0;
		for (RankedHistory.Entry entry : entries) {
			double x = axis.toScale(entry.observation().parameters().get(axis.name()));
			if (!Double.isNaN(x)) {
				points[count++] = x;
			}
		}
		double[] weights = weights(count);
		double priorWeight = this.settings.priorWeight();
		if (axis.isChoice()) {
			int choices = axis.dimension().choices().size();
			int[] observed = new int[count];
			for (int i = 0; i < count; i++) {
				observed[i] = (int) points[i];
			}
			double[] flat = new double[choices];
			Arrays.fill(flat, 1.0 / choices);
			ChoiceParzen parzen = new ChoiceParzen(choices, observed, weights,
					(prior != null) ? prior.choiceProbabilities() : flat, priorWeight);
			return new Estimator(parzen::sample, parzen::logDensity);
		}
		double mu = (prior != null) ? prior.mean() : 0.5 * (axis.low() + axis.high());
		double sigma = (prior != null) ? prior.sigma() : axis.high() - axis.low();
		NumericParzen parzen = new NumericParzen(axis, Arrays.copyOf(points, count), weights, mu, sigma, priorWeight);
		return new Estimator(parzen::sample, parzen::logDensity);
	}

	/**
	 * Optuna's {@code default_weights}: 1 for each of the 25 most recent observations, a
	 * ramp from 1/n up to 1 for the older ones.
	 */
	static double[] weights(int n) {
		double[] weights = new double[n];
		int ramp = Math.max(n - 25, 0);
		for (int i = 0; i < n; i++) {
			weights[i] = (i >= ramp || ramp == 1) ? 1.0 : (1.0 / n) + (1.0 - 1.0 / n) * i / (ramp - 1);
		}
		return weights;
	}

	private record Estimator(ToDoubleFunction<RandomGenerator> sampler, DoubleUnaryOperator density) {

		double sample(RandomGenerator random) {
			return this.sampler.applyAsDouble(random);
		}

		double logDensity(double x) {
			return this.density.applyAsDouble(x);
		}

	}

}
