package dev.hparamadvisor.estimation;

import java.util.Locale;

/**
 * Decides whether a plan fits on a GPU, so that a plan said to fit does not run out of
 * memory. Two margins over the estimated peak allocation:
 * <ul>
 * <li>PyTorch's caching allocator reserves more than it allocates: blocks are rounded and
 * cached, and freed blocks are split and reused. The extra comes from what is allocated
 * and freed within a step (activations, logits, gradients, autocast copies), not from
 * weights and optimizer states, which are allocated once. In the 21 H200 measurements the
 * reserved memory exceeds the allocated by up to 36% of that dynamic part (and by up to
 * 23% of the whole peak), so {@link #DYNAMIC_RESERVE} is 40% of it.</li>
 * <li>{@link #FIXED_MARGIN_GIB}: the CUDA context, cuBLAS and NCCL, which PyTorch's
 * counters do not see, plus slack for a request that finds no contiguous block: 1.5 GiB,
 * an engineering judgement within the 1 to 2 GB the literature notes for context and
 * allocator (research notes, section 6.3).</li>
 * </ul>
 * Multi-GPU plans are data-parallel replicas: each GPU needs the whole plan, so the check
 * is per GPU.
 */
public final class FitCheck {

	/** Fraction of the dynamic memory the allocator may reserve beyond it. */
	public static final double DYNAMIC_RESERVE = 0.40;

	/** CUDA context, libraries and fragmentation slack, GiB. */
	public static final double FIXED_MARGIN_GIB = 1.5;

	private static final String RESERVE_TEXT = String.format(Locale.ROOT, " GiB + %.0f%% of its ",
			DYNAMIC_RESERVE * 100);

	private static final String MARGIN_TEXT = String.format(Locale.ROOT,
			" GiB allocated and freed within a step (allocator reserve, from the reserved/allocated ratio of the "
					+ "H200 measurements) + %.1f GiB for the CUDA context, libraries and fragmentation; per GPU, "
					+ "data-parallel replicas",
			FIXED_MARGIN_GIB);

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
		double peak = estimate.peakGib();
		double dynamic = Math.max(0, peak - estimate.breakdown().persistent() / MemoryEstimate.GIB);
		return "peak " + Decimals.fixed(peak, 2) + RESERVE_TEXT + Decimals.fixed(dynamic, 2) + MARGIN_TEXT;
	}

	/** The memory a GPU needs for {@code estimate}, margins included, GiB. */
	public double requiredWithMarginGib(MemoryEstimate estimate) {
		double peak = estimate.peakGib();
		double dynamic = Math.max(0, peak - estimate.breakdown().persistent() / MemoryEstimate.GIB);
		return peak + DYNAMIC_RESERVE * dynamic + FIXED_MARGIN_GIB;
	}

}
