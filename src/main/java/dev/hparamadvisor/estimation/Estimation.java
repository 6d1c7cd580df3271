package dev.hparamadvisor.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The estimation capability behind the HTTP endpoints: resolves a request into a plan,
 * estimates memory, fit and throughput, and answers with the assumptions made.
 */
@Component
public class Estimation {

	private final ModelPresets presets;

	private final Gpus gpus;

	private final PlanResolver resolver;

	private final MemoryEstimator memory = new MemoryEstimator();

	private final ThroughputEstimator throughput = new ThroughputEstimator();

	private final FitCheck fitCheck = new FitCheck();

	/** With the built-in presets. */
	public Estimation() {
		this(ModelPresets.builtIn(), Gpus.builtIn());
	}

	public Estimation(ModelPresets presets, Gpus gpus) {
		this.presets = presets;
		this.gpus = gpus;
		this.resolver = new PlanResolver(presets, gpus);
	}

	/**
	 * The estimate for a request that passed Bean Validation.
	 * @throws InvalidEstimateRequest if it does not describe a plan
	 */
	public EstimateResponse estimate(EstimateRequest request) {
		PlanResolver.Resolved resolved = resolver.resolve(request);
		TrainingPlan plan = resolved.plan();
		MemoryEstimate estimate = memory.estimate(plan);
		Double gpuMemory = resolved.gpuMemoryGib();
		Fit fit = (gpuMemory != null) ? fitCheck.check(estimate, gpuMemory) : null;
		Gpu gpu = resolved.gpu();
		Optional<Throughput> speed = (gpu != null) ? throughput.estimate(plan, gpu) : Optional.empty();
		List<String> assumptions = new ArrayList<>(resolved.assumptions());
		assumptions.add(0, setting(plan));
		if (gpu != null && speed.isEmpty()) {
			assumptions.add("no throughput: the peak FLOP/s or bandwidth of " + gpu.name() + " is not in the table");
		}
		if (gpu == null && gpuMemory != null) {
			assumptions.add("no throughput: memory_gib alone names no GPU to time");
		}
		return new EstimateResponse(EstimateResponse.round(estimate.peakGib(), 3), estimate.peakPhase().label(),
				EstimateResponse.Breakdown.of(estimate.breakdown()), (fit != null) ? fit.fits() : null, gpuMemory,
				EstimateResponse.round(fitCheck.requiredWithMarginGib(estimate), 3), fitCheck.margin(estimate),
				estimate.trainableParameters(), estimate.parameters(), plan.architecture(),
				speed.map(EstimateResponse.ThroughputView::of).orElse(null), List.copyOf(assumptions));
	}

	private static String setting(TrainingPlan plan) {
		String common = "PyTorch eager, Hugging Face causal-LM loss (bf16 logits upcast to fp32), sdpa attention, "
				+ "no ZeRO or FSDP sharding";
		return switch (plan.method()) {
			case FULL -> common;
			case LORA -> common + "; LoRA: frozen bf16 base, fp32 adapters with dropout (PEFT's defaults)";
			case QLORA -> common + "; QLoRA: NF4 base with double quantization, other weights in fp32 as "
					+ "prepare_model_for_kbit_training leaves them, fp32 adapters with dropout (not measured here)";
		};
	}

	/** Every model preset and GPU. */
	public PresetsResponse presets() {
		return new PresetsResponse(presets.all(), gpus.all());
	}

}
