package dev.hparamadvisor.recommendation;

import dev.hparamadvisor.catalogue.Method;

/**
 * The effective batch: the recipes' anchor for the method (128 for full fine-tuning, 16
 * for LoRA and QLoRA, 32 for encoder-style classification), lowered for small datasets so
 * that a run has about 100 optimizer steps, split over the GPUs, then into micro-batches
 * that fit and accumulation steps that stay within what recipes use.
 */
final class BatchSizing {

	/**
	 * The batch aimed at before memory is known.
	 *
	 * @param anchor the recipes' effective batch for the method
	 * @param target the effective batch aimed at for this dataset
	 * @param perGpu examples per GPU per optimizer step
	 * @param maxMicro the largest micro-batch worth trying
	 * @param maxAccumulation the most accumulation steps recipes use for the method
	 */
	record Target(int anchor, int target, int perGpu, int maxMicro, int maxAccumulation) {
	}

	/**
	 * The batch of the plan.
	 *
	 * @param micro examples per GPU per forward pass
	 * @param accumulation micro-batches per optimizer step
	 * @param effective examples per optimizer step over all GPUs
	 */
	record Batch(int micro, int accumulation, int effective) {
	}

	private BatchSizing() {
	}

	static int anchor(Scenario s, Method method) {
		if (s.encoderStyle()) {
			return 32;
		}
		return (method == Method.FULL) ? 128 : 16;
	}

	static Target target(Scenario s, Method method, double epochs) {
		int anchor = anchor(s, method);
		long n = s.examples();
		int smallest = (n < 200) ? 4 : 8;
		int forSteps = pow2floor((long) Math.max(1, n * epochs / 100));
		int target = (int) Math.min(anchor, Math.max(smallest, forSteps));
		target = (int) Math.min(target, pow2floor(n));
		int gpus = s.gpuCount();
		int perGpu = pow2floor(Math.max(1, target / gpus));
		if (s.encoderStyle()) {
			perGpu = Math.max(perGpu, (int) Math.min(8, pow2floor(Math.max(1, n / gpus))));
		}
		int microCap = s.encoderStyle() ? 32 : 16;
		return new Target(anchor, target, perGpu, Math.min(microCap, perGpu), (method == Method.FULL) ? 32 : 16);
	}

	static Batch batch(Target t, int micro, int gpus) {
		int m = Math.max(1, Math.min(micro, t.perGpu()));
		int accumulation = Math.max(1, Math.min(t.maxAccumulation(), t.perGpu() / m));
		return new Batch(m, accumulation, m * accumulation * gpus);
	}

	static int pow2floor(long n) {
		return (int) Math.min(1L << 30, Long.highestOneBit(Math.max(1, n)));
	}

}
