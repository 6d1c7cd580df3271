package dev.hparamadvisor.estimation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.hparamadvisor.estimation.EstimateRequest.GpuSpec;
import dev.hparamadvisor.estimation.EstimateRequest.LoraSpec;
import dev.hparamadvisor.estimation.EstimateRequest.ModelSpec;
import dev.hparamadvisor.RequestProblem.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Turns a validated request into a {@link TrainingPlan}: resolves presets and GPUs,
 * infers an architecture from a parameter count, applies defaults and says so. Collects
 * every problem before failing.
 */
final class PlanResolver {

	record Resolved(TrainingPlan plan, @Nullable Gpu gpu, @Nullable Double gpuMemoryGib, List<String> assumptions) {
	}

	private final ModelPresets presets;

	private final Gpus gpus;

	PlanResolver(ModelPresets presets, Gpus gpus) {
		this.presets = presets;
		this.gpus = gpus;
	}

	Resolved resolve(EstimateRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		List<String> assumptions = new ArrayList<>();
		Architecture architecture = architecture(request.model(), problems, assumptions);
		LoraAdapters lora = request.method().usesAdapters() ? lora(request.lora(), problems, assumptions) : null;
		if (!request.method().usesAdapters() && request.lora() != null) {
			assumptions.add("lora is ignored: method is full");
		}
		GpuSpec gpuSpec = request.gpu();
		Gpu gpu = (gpuSpec != null) ? gpu(gpuSpec, problems) : null;
		if (!problems.isEmpty() || architecture == null) {
			throw new InvalidEstimateRequest(problems);
		}
		Optimizer optimizer = Objects.requireNonNullElse(request.optimizer(), Optimizer.ADAMW);
		if (request.optimizer() == null) {
			assumptions.add("optimizer: adamw (fused), the default when none is given");
		}
		int count = (gpuSpec != null && gpuSpec.count() != null) ? gpuSpec.count() : 1;
		TrainingPlan plan = new TrainingPlan(architecture, request.method(), request.precision(), optimizer,
				request.batchSize(), request.sequenceLength(), Boolean.TRUE.equals(request.gradientCheckpointing()),
				lora, count);
		Double memory = (gpuSpec == null) ? null : (gpuSpec.memoryGib() != null) ? gpuSpec.memoryGib()
				: (gpu != null) ? Double.valueOf(gpu.usableGib()) : null;
		if (gpuSpec == null) {
			assumptions.add("no gpu given: no fit decision and no throughput");
		}
		else if (gpu != null && gpuSpec.memoryGib() != null) {
			assumptions.add("memory_gib " + gpuSpec.memoryGib() + " is used instead of the " + gpu.usableGib()
					+ " GiB usable on " + gpu.name());
		}
		return new Resolved(plan, gpu, memory, List.copyOf(assumptions));
	}

	private @Nullable Architecture architecture(ModelSpec model, List<FieldProblem> problems,
			List<String> assumptions) {
		String preset = model.preset();
		if (preset != null) {
			if (model.hasArchitectureFields() || model.parameters() != null) {
				problems.add(new FieldProblem("/model/preset",
						"give either preset, or the architecture fields, or parameters, not several"));
				return null;
			}
			Optional<ModelPreset> found = presets.find(preset);
			if (found.isEmpty()) {
				problems.add(new FieldProblem("/model/preset",
						"unknown preset '" + preset + "'; GET /v1/estimate/presets lists them"));
				return null;
			}
			assumptions.add("architecture of " + found.get().id() + " from " + found.get().source());
			return found.get().architecture();
		}
		if (model.hasArchitectureFields()) {
			return ArchitectureFields.read(model, problems, assumptions);
		}
		if (model.parameters() != null) {
			InferredArchitecture inferred = Architecture.infer(Math.round(model.parameters()));
			assumptions.add(inferred.statement());
			return inferred.architecture();
		}
		problems.add(new FieldProblem("/model", "give a preset, the architecture fields, or parameters"));
		return null;
	}

	private @Nullable LoraAdapters lora(@Nullable LoraSpec spec, List<FieldProblem> problems,
			List<String> assumptions) {
		Integer r = (spec != null) ? spec.r() : null;
		List<String> names = (spec != null) ? spec.targetModules() : null;
		if (r == null) {
			assumptions.add("lora r: 16, the common default, when none is given");
		}
		Set<Projection> targets = EnumSet.noneOf(Projection.class);
		if (names == null) {
			assumptions.add("lora target_modules: all-linear (q, k, v, o, gate, up, down) when none are given");
			targets.addAll(Projection.ALL_LINEAR);
		}
		else if (names.isEmpty()) {
			problems.add(new FieldProblem("/lora/target_modules", "name at least one module, or all-linear"));
		}
		else {
			for (int i = 0; i < names.size(); i++) {
				String name = Objects.requireNonNullElse(names.get(i), "");
				if (name.trim().toLowerCase(Locale.ROOT).equals("all-linear")) {
					targets.addAll(Projection.ALL_LINEAR);
					continue;
				}
				Optional<Projection> p = Projection.fromModuleName(name);
				p.ifPresent(targets::add);
				if (p.isEmpty()) {
					problems.add(new FieldProblem("/lora/target_modules/" + i, "unknown module '" + name
							+ "'; use all-linear or q_proj, k_proj, v_proj, o_proj, gate_proj, up_proj, down_proj"));
				}
			}
		}
		return targets.isEmpty() ? null : new LoraAdapters((r != null) ? r : 16, targets);
	}

	private @Nullable Gpu gpu(GpuSpec spec, List<FieldProblem> problems) {
		String name = spec.model();
		if (name == null) {
			if (spec.memoryGib() == null) {
				problems.add(new FieldProblem("/gpu", "give a gpu model, or memory_gib"));
			}
			return null;
		}
		Optional<Gpu> found = gpus.find(name);
		if (found.isEmpty()) {
			problems.add(new FieldProblem("/gpu/model",
					"unknown gpu '" + name + "'; GET /v1/estimate/presets lists them, or give memory_gib"));
		}
		return found.orElse(null);
	}

}
