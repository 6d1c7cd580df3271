package dev.hparamadvisor.studies.sampling;

import java.util.SplittableRandom;

/**
 * The samplers a study may use, by kind. Each is stateless and thread-safe: a point
 * depends only on the arguments of {@link Sampler#suggest}.
 * <p>
 * What a caller passes:
 * <ul>
 * <li>the history: every trial that has ended, oldest first, failed ones included (they
 * are skipped) and running ones left out;</li>
 * <li>trial numbers from 0: the advised sampler answers the recommendation itself for
 * trial 0 when the history is empty, and concurrent asks differ by their numbers.</li>
 * </ul>
 * A dimension that cannot be sampled (no choices, bounds not finite or reversed, an
 * integer with fractional bounds) is refused with an IllegalArgumentException naming it.
 * A log dimension whose lower bound is not positive is searched on a linear scale, and
 * its prior is then ignored.
 */
public final class Samplers {

	private static final Sampler RANDOM = new RandomSampler();

	private static final Sampler TPE = new TreeParzenSampler(TreeParzenSettings.TPE);

	private static final Sampler ADVISED = new TreeParzenSampler(TreeParzenSettings.ADVISED);

	private Samplers() {
	}

	public static Sampler of(SamplerKind kind) {
		return switch (kind) {
			case ADVISED -> ADVISED;
			case TPE -> TPE;
			case RANDOM -> RANDOM;
		};
	}

	/**
	 * The random numbers of one trial: the study's seed and the trial's number mixed by
	 * SplitMix64's finalizer (Steele et al., OOPSLA 2014), so neighbouring seeds and
	 * trials do not share streams.
	 */
	static SplittableRandom random(long seed, int trialNumber) {
		return new SplittableRandom(mix(mix(seed) + trialNumber));
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

}
