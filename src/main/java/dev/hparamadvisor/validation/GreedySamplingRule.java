package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Sampling knobs that greedy decoding ignores: with {@code do_sample: false} or a
 * temperature of 0, top-p, top-k and min-p do nothing (vLLM discards them silently,
 * Hugging Face warns).
 */
final class GreedySamplingRule implements Rule {

	@Override
	public List<Finding> check(Configuration c) {
		boolean noSampling = c.flag("do_sample").filter((b) -> !b).isPresent();
		boolean zeroTemperature = c.number("temperature").orElse(1) == 0;
		if (!noSampling && !zeroTemperature) {
			return List.of();
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
		if (noSampling && c.number("temperature").orElse(1) != 1 && !zeroTemperature) {
			ignored.add("temperature");
		}
		if (ignored.isEmpty()) {
			return List.of();
		}
		String cause = noSampling ? "do_sample is false" : "temperature is 0";
		return ignored.stream()
			.map((name) -> Finding.of(name, ValidationCodes.SAMPLING_IGNORED_WHEN_GREEDY)
				.related(noSampling ? "do_sample" : "temperature")
				.value(c.value(name))
				.sources("hf-generation-config", "vllm-sampling-params")
				.message(name + " has no effect because " + cause
						+ ": decoding is greedy. vLLM drops it silently; Hugging Face warns. Remove it or enable sampling."))
			.toList();
	}

}
