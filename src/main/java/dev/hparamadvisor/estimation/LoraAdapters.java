package dev.hparamadvisor.estimation;

import java.util.EnumSet;
import java.util.Set;

/**
 * LoRA adapters: rank and the projections they adapt.
 *
 * @param rank the rank {@code r}
 * @param targets the adapted projections, never empty
 */
public record LoraAdapters(int rank, Set<Projection> targets) {

	/** Upper bound of the rank. */
	public static final int MAX_RANK = 65_536;

	public LoraAdapters {
		if (rank < 1 || rank > MAX_RANK) {
			throw new IllegalArgumentException("LoRA rank must be between 1 and " + MAX_RANK + ", was " + rank);
		}
		if (targets.isEmpty()) {
			throw new IllegalArgumentException("LoRA needs at least one target module");
		}
		targets = Set.copyOf(EnumSet.copyOf(targets));
	}

	/** Rank {@code r} on every linear layer of the blocks (PEFT's "all-linear"). */
	public static LoraAdapters allLinear(int rank) {
		return new LoraAdapters(rank, Projection.ALL_LINEAR);
	}

	/**
	 * Trainable parameters: for each block and each target, {@code A} is in x r and
	 * {@code B} is r x out (Hu et al. 2021, section 4), so r(in + out).
	 */
	public long trainableParameters(Architecture a) {
		return (long) a.numLayers() * rank * sumOfInAndOut(a);
	}

	/** The sum over targets of input plus output features, for one block. */
	long sumOfInAndOut(Architecture a) {
		long sum = 0;
		for (Projection p : targets) {
			sum += p.inFeatures(a) + p.outFeatures(a);
		}
		return sum;
	}

	/** The sum over targets of input features, for one block. */
	long sumOfIn(Architecture a) {
		long sum = 0;
		for (Projection p : targets) {
			sum += p.inFeatures(a);
		}
		return sum;
	}

}
