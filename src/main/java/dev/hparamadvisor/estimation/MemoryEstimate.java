package dev.hparamadvisor.estimation;

import dev.hparamadvisor.catalogue.Method;

/**
 * The peak GPU memory of a training plan on one GPU.
 *
 * @param peakBytes the largest allocated total over a step, what
 * {@code torch.cuda.max_memory_allocated} reports
 * @param breakdown the parts of that peak
 * @param peakPhase the moment of the step when it happens
 * @param parameters all parameters of the model (base, and adapters)
 * @param trainableParameters the parameters the optimizer updates
 * @param method how the plan trains the model, which decides how the allocator's cache
 * grows (see {@link FitCheck})
 */
public record MemoryEstimate(double peakBytes, MemoryBreakdown breakdown, StepPhase peakPhase, long parameters,
		long trainableParameters, Method method) {

	/** Bytes in a GiB. */
	public static final double GIB = 1L << 30;

	/** The peak in GiB. */
	public double peakGib() {
		return peakBytes / GIB;
	}

}
