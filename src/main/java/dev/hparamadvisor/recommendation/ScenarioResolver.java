package dev.hparamadvisor.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.hparamadvisor.estimation.Architecture;
import dev.hparamadvisor.estimation.ArchitectureFields;
import dev.hparamadvisor.estimation.EstimateRequest.ModelSpec;
import dev.hparamadvisor.estimation.Gpu;
import dev.hparamadvisor.estimation.Gpus;
import dev.hparamadvisor.estimation.InferredArchitecture;
import dev.hparamadvisor.estimation.ModelPreset;
import dev.hparamadvisor.estimation.ModelPresets;
import dev.hparamadvisor.RequestProblem.FieldProblem;
import dev.hparamadvisor.recommendation.RecommendRequest.Hardware;
import org.jspecify.annotations.Nullable;

/**
 * Turns a request that passed Bean Validation into a {@link Scenario}: resolves the model
 * (preset, architecture fields or parameter count, as {@code /v1/estimate} does) and the
 * GPU, applies defaults and says so. Collects every problem before failing.
 */
final class ScenarioResolver {

	/** The GPU assumed when the request names none: the common fine-tuning card. */
	static final String DEFAULT_GPU = "h100-80gb";

	private final ModelPresets presets = ModelPresets.builtIn();

	private final Gpus gpus = Gpus.builtIn();

	Scenario resolve(RecommendRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		List<String> assumptions = new ArrayList<>();
		Model model = model(request.model(), problems, assumptions);
		RecommendRequest.Dataset data = request.dataset();
		if (data.p95Tokens() != null && data.p95Tokens() < data.avgTokens()) {
			problems.add(new FieldProblem("/dataset/p95_tokens", "p95_tokens (" + data.p95Tokens()
					+ ") is below avg_tokens (" + data.avgTokens() + "); a 95th percentile is at least the average"));
		}
		Hardware hardware = request.hardware();
		Gpu named = null;
		if (hardware != null && hardware.gpu() != null) {
			named = this.gpus.find(hardware.gpu()).orElse(null);
			if (named == null) {
				problems.add(new FieldProblem("/hardware/gpu", "unknown gpu '" + shorten(hardware.gpu())
						+ "'; GET /v1/estimate/presets lists them, or give gpu_memory_gib"));
			}
		}
		else if (hardware != null && hardware.gpuMemoryGib() == null) {
			problems.add(new FieldProblem("/hardware", "give gpu, or gpu_memory_gib, or leave hardware out"));
		}
		if (!problems.isEmpty() || model == null) {
			throw new InvalidScenario(problems);
		}
		if (request.method() == null) {
			assumptions.add("method: auto, the best that fits, when none is given");
		}
		if (request.priority() == null) {
			assumptions.add("priority: balanced, when none is given");
		}
		int count = (hardware != null && hardware.numGpus() != null) ? hardware.numGpus() : 1;
		Gpu gpu = named;
		double memory;
		String words;
		if (hardware == null) {
			gpu = this.gpus.find(DEFAULT_GPU).orElseThrow();
			memory = gpu.usableGib();
			words = "1 x " + gpu.name() + " (assumed)";
			assumptions.add("hardware: one " + gpu.name() + " (" + gpu.usableGib()
					+ " GiB usable) is assumed because none was given");
		}
		else {
			memory = (hardware.gpuMemoryGib() != null) ? hardware.gpuMemoryGib()
					: Objects.requireNonNull(gpu).usableGib();
			if (gpu == null) {
				gpu = nearestByMemory(memory).orElse(null);
				if (gpu != null) {
					assumptions.add("speed: timed as " + gpu.name() + ", the preset nearest to " + Text.gib(memory)
							+ " GiB; name hardware.gpu to time another card");
				}
			}
			words = count + " x " + ((named != null) ? named.name() + ", " : "") + Text.gib(memory) + " GiB usable";
		}
		return new Scenario(request.task(), Objects.requireNonNullElse(request.method(), MethodChoice.AUTO),
				Objects.requireNonNullElse(request.priority(), Priority.BALANCED), model.architecture(), model.label(),
				model.contextWindow(), data.examples(), data.avgTokens(), data.p95Tokens(), memory, count, gpu, words,
				assumptions);
	}

	/**
	 * The model of a request.
	 *
	 * @param architecture its shape
	 * @param label the model in words
	 * @param contextWindow its context window, when known
	 */
	record Model(Architecture architecture, String label, @Nullable Integer contextWindow) {
	}

	private @Nullable Model model(ModelSpec model, List<FieldProblem> problems, List<String> assumptions) {
		boolean fields = model.hiddenSize() != null || model.numLayers() != null || model.numAttentionHeads() != null
				|| model.numKeyValueHeads() != null || model.intermediateSize() != null || model.vocabSize() != null;
		if (model.preset() != null) {
			if (fields || model.parameters() != null) {
				problems.add(new FieldProblem("/model/preset",
						"give either preset, or the architecture fields, or parameters, not several"));
				return null;
			}
			Optional<ModelPreset> found = this.presets.find(model.preset());
			if (found.isEmpty()) {
				problems.add(new FieldProblem("/model/preset", "unknown preset '" + shorten(model.preset())
						+ "'; GET /v1/estimate/presets lists them, or give the architecture fields or parameters"));
				return null;
			}
			String id = found.get().id();
			Integer window = ContextWindows.of(id);
			if (window == null) {
				assumptions.add("context window of " + id + " unknown: sequence length not capped");
			}
			return new Model(found.get().architecture(), id, window);
		}
		assumptions.add("context window unknown: sequence length not capped");
		if (fields) {
			Architecture a = ArchitectureFields.read(model, problems, assumptions);
			return (a != null)
					? new Model(a, "the given architecture (" + Text.parameters(a.parameters()) + " parameters)", null)
					: null;
		}
		if (model.parameters() != null) {
			InferredArchitecture inferred = Architecture.infer(Math.round(model.parameters()));
			assumptions.add(inferred.statement());
			return new Model(inferred.architecture(), Text.parameters(inferred.architecture().parameters())
					+ " parameters (the shape of " + inferred.reference() + ")", null);
		}
		problems.add(new FieldProblem("/model", "give a preset, the architecture fields, or parameters"));
		return null;
	}

	private Optional<Gpu> nearestByMemory(double memoryGib) {
		return this.gpus.all()
			.stream()
			.filter(Gpu::hasPeaks)
			.min(Comparator.comparingDouble((Gpu g) -> Math.abs(g.usableGib() - memoryGib)));
	}

	static String shorten(String text) {
		return (text.length() > 100) ? text.substring(0, 100) + "..." : text;
	}

}
