package dev.hparamadvisor.estimation;

import dev.hparamadvisor.catalogue.Method;
import java.util.Locale;
import java.util.Optional;

/**
 * Estimates step time and tokens per second of a plan on a GPU from three costs that add
 * up in eager PyTorch: matmul FLOPs at a fraction of the dense bf16 peak, bytes moved by
 * memory-bound kernels at the memory bandwidth, and a host cost per block and pass
 * (kernel launches and Python, which dominate small models). FLOPs per token: 2 per
 * weight of each matmul and 2·s·h per block for causal attention (half of QKᵀ and AV),
 * forward once, backward twice (inputs and weights; once for a frozen base), and once
 * more when blocks are recomputed (Kaplan et al. 2020, Narayanan et al. 2021). The
 * constants are fitted to the 21 H200 measurements (docs/ESTIMATION.md) and hold for the
 * GPU's efficiency, not per row.
 */
public final class ThroughputEstimator {

	/**
	 * Bytes moved per byte of saved activations and logits (write, re-read, temporaries).
	 */
	public static final double ACTIVATION_TRAFFIC = 6.5;

	/**
	 * Bytes moved per element of an adapter's input and output (fp32 casts, dropout,
	 * add).
	 */
	public static final double ADAPTER_TRAFFIC = 82;

	/** Host time per block and pass, seconds. */
	public static final double HOST_SECONDS_PER_BLOCK_PASS = 0.87e-3;

	private static final String HOST_TEXT = String.format(Locale.ROOT,
			"%.2f ms host time per block and pass (eager PyTorch, sdpa attention, fused AdamW); ",
			HOST_SECONDS_PER_BLOCK_PASS * 1e3);

	/**
	 * The estimate for {@code plan} on {@code gpu}, empty when the GPU's peaks are
	 * unknown.
	 */
	public Optional<Throughput> estimate(TrainingPlan plan, Gpu gpu) {
		Double tflops = gpu.bf16DenseTflops();
		Double bandwidth = gpu.memoryBandwidthGbPerS();
		if (tflops == null || bandwidth == null) {
			return Optional.empty();
		}
		double peak = tflops * 1e12;
		double bytesPerSecond = bandwidth * 1e9;
		double tokens = plan.tokensPerMicroBatch();
		double flops = flopsPerToken(plan) * tokens;
		double step = flops / (peak * gpu.matmulEfficiency()) + trafficBytes(plan) / bytesPerSecond
				+ HOST_SECONDS_PER_BLOCK_PASS * hostUnits(plan);
		long tokensPerStep = plan.tokensPerMicroBatch() * plan.gpuCount();
		String assumption = gpu.name() + " at " + Decimals.fixed(gpu.matmulEfficiency() * 100, 0) + "% of its "
				+ Decimals.fixed(tflops, 1) + " TFLOP/s dense bf16 peak for matmuls, " + Decimals.fixed(bandwidth, 0)
				+ " GB/s for memory-bound kernels, " + HOST_TEXT + plan.gpuCount()
				+ " GPU(s) as data-parallel replicas with gradient all-reduce overlapped";
		return Optional.of(new Throughput(tokensPerStep / step, step, tokensPerStep, flopsPerToken(plan),
				flops / step / peak, assumption));
	}

	/** Training FLOPs per token. */
	public static double flopsPerToken(TrainingPlan plan) {
		Architecture a = plan.architecture();
		double matmulWeights = (double) a.numLayers() * a.linearParametersPerLayer() + a.embeddingParameters();
		double attention = 2.0 * plan.sequenceLength() * a.hiddenSize() * a.numLayers();
		double adapters = plan.method().usesAdapters() ? 2.0 * plan.trainableParameters() * 3 : 0;
		return passes(plan) * (2 * matmulWeights + attention) + adapters;
	}

	/** Forward, backward (one or two matmul passes) and recomputation. */
	static int passes(TrainingPlan plan) {
		return (plan.method().usesAdapters() ? 2 : 3) + (plan.gradientCheckpointing() ? 1 : 0);
	}

	static double hostUnits(TrainingPlan plan) {
		return (double) plan.architecture().numLayers() * passes(plan);
	}

	/** Bytes moved by memory-bound kernels in one step. */
	static double trafficBytes(TrainingPlan plan) {
		return ACTIVATION_TRAFFIC * activationBytes(plan) + ADAPTER_TRAFFIC * adapterElements(plan)
				+ optimizerBytes(plan) + dequantizationBytes(plan);
	}

	/** Saved activations and logits of a step, recomputed blocks counted half again. */
	static double activationBytes(TrainingPlan plan) {
		double tokens = plan.tokensPerMicroBatch();
		double recompute = plan.gradientCheckpointing() ? 1.5 : 1;
		return plan.architecture().numLayers() * Activations.perTokenPerLayer(plan) * tokens * recompute
				+ Logits.BACKWARD_BYTES * tokens * plan.architecture().vocabSize();
	}

	/** Inputs plus outputs of the adapted projections over a step. */
	static double adapterElements(TrainingPlan plan) {
		LoraAdapters lora = plan.lora();
		if (lora == null) {
			return 0;
		}
		double recompute = plan.gradientCheckpointing() ? 1.5 : 1;
		Architecture a = plan.architecture();
		return (double) lora.sumOfInAndOut(a) * a.numLayers() * plan.tokensPerMicroBatch() * recompute;
	}

	/**
	 * Gradient clipping (read, scale) and the update (read weights, gradients, states;
	 * write back).
	 */
	static double optimizerBytes(TrainingPlan plan) {
		double trainable = plan.trainableParameters();
		double gradient = ModelStates.trainableBytes(plan);
		double states = ModelStates.optimizerStateBytes(plan) / trainable;
		return trainable * (4 * gradient + 2 * gradient + 2 * states);
	}

	/** QLoRA: each pass dequantizes every NF4 projection to bf16. */
	static double dequantizationBytes(TrainingPlan plan) {
		if (plan.method() != Method.QLORA) {
			return 0;
		}
		Architecture a = plan.architecture();
		return (ModelStates.NF4_BYTES + 2) * a.numLayers() * (double) a.linearParametersPerLayer() * passes(plan);
	}

}
