package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;

import dev.hparamadvisor.catalogue.Task;

/**
 * Sampling knobs that greedy decoding ignores: with {@code do_sample: false} or a
 * temperature of 0, top-p, top-k and min-p do nothing (vLLM discards them silently,
 * Hugging Face warns). Hugging Face's {@code generate()} also decodes greedily when
 * {@code do_sample} is not set at all (its default is false), so a Hugging Face
 * generation configuration with sampling knobs and no {@code do_sample} ignores them. A
 * classification or NER task takes the most likely label, so sampling there makes the
 * predictions random draws.
 */
final class GreedySamplingRule implements Rule {

	/**
	 * Values of a training run: their presence means the configuration is not only a
	 * generation config.
	 */
	private static final List<String> TRAINING = List.of("learning_rate", "num_epochs", "max_steps", "batch_size");

	@Override
	public List<Finding> check(Configuration c) {
		List<Finding> findings = new ArrayList<>(onAGreedyTask(c));
		boolean noSampling = c.flag("do_sample").filter((b) -> !b).isPresent();
		boolean zeroTemperature = c.number("temperature").orElse(1) == 0;
		boolean huggingFaceDefault = !c.has("do_sample") && "huggingface".equals(c.dialect())
				&& TRAINING.stream().noneMatch(c::has);
		if (!noSampling && !zeroTemperature && !huggingFaceDefault) {
			return findings;
		}
		List<String> ignored = new ArrayList<>();
		if (c.number("top_p").orElse(1) < 1) {
			ignored.add("top_p");
		}
		// top_k 1 is greedy anyway; contrastive search (penalty_alpha > 0) uses top_k
		// without sampling
		if (c.number("top_k").orElse(0) > 1 && c.number("penalty_alpha").orElse(0) <= 0) {
			ignored.add("top_k");
		}
		if (c.number("min_p").orElse(0) > 0) {
			ignored.add("min_p");
		}
		if (!zeroTemperature && c.number("temperature").orElse(1) != 1) {
			ignored.add("temperature");
		}
		String cause = noSampling ? "do_sample is false" : zeroTemperature ? "temperature is 0"
				: "do_sample is not set, and Hugging Face's generate() samples only when it is true";
		String related = (zeroTemperature && !noSampling) ? "temperature" : "do_sample";
		ignored.stream()
			.map((name) -> Finding.of(name, ValidationCodes.SAMPLING_IGNORED_WHEN_GREEDY)
				.related(related)
				.value(c.value(name))
				.sources("hf-generation-config", "vllm-sampling-params")
				.message(name + " has no effect because " + cause
						+ ": decoding is greedy. vLLM drops it silently; Hugging Face warns. Remove it or enable sampling."))
			.forEach(findings::add);
		return findings;
	}

	private static List<Finding> onAGreedyTask(Configuration c) {
		Task task = c.context().task();
		if ((task != Task.CLASSIFICATION && task != Task.NER) || !c.flag("do_sample").orElse(false)) {
			return List.of();
		}
		return List.of(Finding.of("do_sample", ValidationCodes.SAMPLING_ON_A_GREEDY_TASK)
			.value(true)
			.suggestion(false)
			.sources("hf-generation-config", "devlin-2019")
			.message("do_sample is true for " + task.jsonName() + ", which takes the most likely label: sampling "
					+ "makes each prediction a random draw. Decode greedily (do_sample false, or temperature 0)."));
	}

}
