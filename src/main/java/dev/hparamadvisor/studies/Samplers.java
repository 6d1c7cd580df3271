package dev.hparamadvisor.studies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.hparamadvisor.studies.sampling.Dimension;
import dev.hparamadvisor.studies.sampling.Observation;
import dev.hparamadvisor.studies.sampling.Sampler;
import dev.hparamadvisor.studies.sampling.SamplerKind;
import dev.hparamadvisor.studies.sampling.SearchSpace;

/**
 * The sampler behind each {@link SamplerKind}. Until the samplers of
 * {@code studies.sampling} (TPE with the advice as prior, TPE, random) are merged, every
 * kind is the uniform draw below; the integrator points {@link #of} at them. Nothing else
 * in this package knows which sampler it holds: it calls {@link Sampler} only.
 */
final class Samplers {

	private static final Sampler UNIFORM = Samplers::uniform;

	private Samplers() {
	}

	/** The sampler of a kind. */
	static Sampler of(SamplerKind kind) {
		return UNIFORM;
	}

	/**
	 * Independent draws, uniform (log-uniform on a log dimension), integers rounded,
	 * choices equally likely; the same seed and trial number give the same point.
	 */
	private static Map<String, Object> uniform(SearchSpace space, List<Observation> history, boolean maximize,
			long seed, int trialNumber) {
		SplittableRandom random = new SplittableRandom(mix(seed ^ mix(trialNumber)));
		Map<String, Object> point = new LinkedHashMap<>();
		for (Dimension d : space.dimensions()) {
			point.put(d.name(), switch (d.kind()) {
				case CHOICE -> d.choices().get(random.nextInt(d.choices().size()));
				case FLOAT -> draw(d, random);
				case INT -> Math.max((long) d.min(), Math.min((long) d.max(), Math.round(draw(d, random))));
			});
		}
		return point;
	}

	private static double draw(Dimension d, SplittableRandom random) {
		if (d.kind() == Dimension.Kind.INT && !d.log()) {
			// every integer equally likely, the ends included
			return d.min() + random.nextLong((long) (d.max() - d.min()) + 1);
		}
		if (d.log()) {
			double lo = Math.log(d.min());
			double hi = Math.log(d.max());
			return Math.min(d.max(), Math.max(d.min(), Math.exp(lo + random.nextDouble() * (hi - lo))));
		}
		return d.min() + random.nextDouble() * (d.max() - d.min());
	}

	/** SplitMix64's finaliser: nearby seeds and trial numbers give unrelated streams. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

}
