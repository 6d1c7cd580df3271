package dev.hparamadvisor.studies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.recommendation.RecommendResponse;
import dev.hparamadvisor.recommendation.RecommendedValue;
import dev.hparamadvisor.studies.StudyRequest.DimensionScale;
import dev.hparamadvisor.studies.StudyRequest.DimensionType;

/**
 * The space of a study that gives a scenario and no space: the knobs that matter most,
 * each over the recommender's own range for the scenario (the catalogue's practice range
 * for its context).
 * <ul>
 * <li>{@code learning_rate}, on a log scale: the most important hyperparameter to tune
 * (Google's Deep Learning Tuning Playbook; Bengio 2012), and the one whose best value
 * moves most with model, method and data.</li>
 * <li>{@code lora_r}, on a log scale, for LoRA and QLoRA: the adapter's capacity; QLoRA
 * found it matters little once every layer is adapted, but it trades against the learning
 * rate (Schulman et al. 2025, LoRA without regret).</li>
 * <li>{@code num_epochs}, as whole passes: over- and under-training on small instruction
 * sets is the commonest failure after the learning rate (OpenAI's fine-tuning guide, Tulu
 * 2).</li>
 * <li>{@code warmup_steps}: short runs are sensitive to it at adapter learning
 * rates.</li>
 * </ul>
 * The batch size, sequence length and memory settings stay as the plan sized them to the
 * hardware: searching them would mostly search out-of-memory failures.
 */
final class DefaultSpace {

	private DefaultSpace() {
	}

	static Map<String, SpaceDimension> of(RecommendResponse recommendation) {
		Map<String, SpaceDimension> space = new LinkedHashMap<>();
		add(space, recommendation, "learning_rate", DimensionType.FLOAT, DimensionScale.LOG, 4);
		String method = recommendation.plan().method();
		if (method.equals("lora") || method.equals("qlora")) {
			add(space, recommendation, "lora_r", DimensionType.INT, DimensionScale.LOG, 4);
		}
		add(space, recommendation, "num_epochs", DimensionType.INT, DimensionScale.LINEAR, 2);
		add(space, recommendation, "warmup_steps", DimensionType.INT, DimensionScale.LINEAR, 2);
		return space;
	}

	/** The ids a default space may search, in the order it lists them. */
	static List<String> ids() {
		return List.of("learning_rate", "lora_r", "num_epochs", "warmup_steps");
	}

	private static void add(Map<String, SpaceDimension> space, RecommendResponse recommendation, String id,
			DimensionType type, DimensionScale scale, double factorWithoutRange) {
		RecommendedValue advised = recommendation.recommendations()
			.stream()
			.filter((r) -> r.id().equals(id))
			.findFirst()
			.orElse(null);
		if (advised == null || !(advised.value() instanceof Number value)) {
			return;
		}
		double centre = value.doubleValue();
		RecommendedValue.Range range = advised.range();
		double min = (range != null && range.min() != null) ? range.min() : centre / factorWithoutRange;
		double max = (range != null && range.max() != null) ? range.max() : centre * factorWithoutRange;
		if (type == DimensionType.INT) {
			min = Math.max((scale == DimensionScale.LOG) ? 1 : 0, Math.floor(min));
			max = Math.ceil(max);
		}
		if (scale == DimensionScale.LOG && min <= 0 || max <= min) {
			return;
		}
		space.put(id, SpaceDimension.numeric(id, type, min, max, scale));
	}

}
