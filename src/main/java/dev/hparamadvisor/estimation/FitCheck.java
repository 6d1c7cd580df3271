package dev.hparamadvisor.estimation;

/**
 * Decides whether a plan fits on a GPU, so that a plan said to fit does not run out of
 * memory and a plan that would run is not refused. Two margins over the estimated peak
 * allocation:
 * <ul>
 * <li>The allocator's reserve. PyTorch's caching allocator holds more than it allocates:
 * blocks freed within a step are cached, split and rounded, and a later request that fits
 * no cached block gets a new segment. What it adds depends on what is allocated and freed
 * around the peak, so it is a fraction of each transient part of the peak's breakdown
 * ({@link #reserveGib}). The fractions come from the reserved-minus-allocated memory of
 * the 21 H200 measurements (docs/ESTIMATION.md, "The fit verdict"): a covering fit on all
 * of them gives 0.28 of the activations of a full fine-tune, 0.29 of the logits and loss,
 * 0.25 of the gradients and nothing for the activations under adapters; each is rounded
 * up by about a quarter (judgement: a leave-one-model-out fit falls short by up to 1.8
 * GiB on three runs without it), and adapters' activations keep the 4-5% the LoRA runs
 * without checkpointing show.</li>
 * <li>{@link #FIXED_MARGIN_GIB}: the CUDA context, cuBLAS and NCCL, which PyTorch's
 * counters do not see, plus slack for a request that finds no contiguous block: 1.5 GiB,
 * an engineering judgement within the 1 to 2 GB the literature notes for context and
 * allocator (research notes, section 6.3).</li>
 * </ul>
 * Multi-GPU plans are data-parallel replicas: each GPU needs the whole plan, so the check
 * is per GPU.
 */
public final class FitCheck {

	/**
	 * Reserve per GiB of saved activations in a full fine-tune: gradients allocated
	 * during backward interleave with the activations being freed, so freed blocks are
	 * split.
	 */
	public static final double ACTIVATIONS_RESERVE_FULL = 0.35;

	/**
	 * Reserve per GiB of saved activations under adapters: freed in the order they were
	 * saved, with almost no gradient memory in between (4-5% in the LoRA runs).
	 */
	public static final double ACTIVATIONS_RESERVE_ADAPTERS = 0.05;

	/** Reserve per GiB of logits, their fp32 copy and the loss's buffers. */
	public static final double LOGITS_RESERVE = 0.35;

	/** Reserve per GiB of gradients present at the peak. */
	public static final double GRADIENTS_RESERVE = 0.30;

	/** CUDA context, libraries and fragmentation slack, GiB. */
	public static final double FIXED_MARGIN_GIB = 1.5;

	private static final String MARGIN_TEXT = " GiB allocator reserve (35% of the activations of a full fine-tune "
			+ "or 5% under adapters, 35% of the logits and loss, 30% of the gradients at the peak; fitted to the "
			+ "reserved memory of the H200 measurements) + " + Decimals.fixed(FIXED_MARGIN_GIB, 1)
			+ " GiB for the CUDA context, libraries and fragmentation; per GPU, data-parallel replicas";

	/** Whether {@code estimate} fits in {@code gpuMemoryGib} (one GPU). */
	public Fit check(MemoryEstimate estimate, double gpuMemoryGib) {
		double required = requiredWithMarginGib(estimate);
		return new Fit(fits(required, gpuMemoryGib), gpuMemoryGib, required, margin(estimate));
	}

	/**
	 * Whether a plan needing {@code requiredWithMarginGib} (see
	 * {@link #requiredWithMarginGib}) fits in {@code gpuMemoryGib}: the decision of
	 * {@link #check} without the margin in words, for searches that try many plans.
	 */
	public boolean fits(double requiredWithMarginGib, double gpuMemoryGib) {
		return requiredWithMarginGib <= gpuMemoryGib;
	}

	/** The margin applied to {@code estimate}, in words with its numbers. */
	public String margin(MemoryEstimate estimate) {
		return "peak " + Decimals.fixed(estimate.peakGib(), 2) + " GiB + "
				+ Decimals.fixed(reserveGib(estimate.breakdown(), estimate.method().usesAdapters()), 2) + MARGIN_TEXT;
	}

	/** The memory a GPU needs for {@code estimate}, margins included, GiB. */
	public double requiredWithMarginGib(MemoryEstimate estimate) {
		return requiredWithMarginGib(estimate.peakBytes(), estimate.breakdown(), estimate.method().usesAdapters());
	}

	/**
	 * The memory a GPU needs for a peak of {@code peakBytes} made of {@code atPeak},
	 * margins included, GiB: for plans the estimator does not model whole (sharded ones).
	 */
	public double requiredWithMarginGib(double peakBytes, MemoryBreakdown atPeak, boolean adapters) {
		return peakBytes / MemoryEstimate.GIB + reserveGib(atPeak, adapters) + FIXED_MARGIN_GIB;
	}

	/** What the caching allocator holds beyond the peak allocation, GiB. */
	public double reserveGib(MemoryBreakdown atPeak, boolean adapters) {
		double activations = (adapters ? ACTIVATIONS_RESERVE_ADAPTERS : ACTIVATIONS_RESERVE_FULL)
				* atPeak.activations();
		return (activations + LOGITS_RESERVE * atPeak.logitsAndLoss() + GRADIENTS_RESERVE * atPeak.gradients())
				/ MemoryEstimate.GIB;
	}

}
