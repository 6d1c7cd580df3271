package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Set;

/**
 * Temperatures above 2: Hugging Face accepts them, but the OpenAI API and current vLLM
 * refuse the request; an error when the configuration is for one of those.
 */
final class TemperatureLimitRule implements Rule {

	private static final Set<String> STRICT = Set.of("vllm", "openai");

	@Override
	public List<Finding> check(Configuration c) {
		double temperature = c.number("temperature").orElse(1);
		if (temperature <= 2) {
			return List.of();
		}
		boolean strict = c.dialect() != null && STRICT.contains(c.dialect());
		return List.of(Finding.of("temperature", ValidationCodes.TEMPERATURE_ABOVE_RUNTIME_LIMIT, strict)
			.value(temperature)
			.expected("at most 2 for OpenAI and vLLM")
			.suggestion(2.0)
			.sources("openai-api", "vllm-sampling-params")
			.message("temperature = " + Sizes.n(temperature) + " is above 2, which the OpenAI API and current vLLM "
					+ (strict ? "refuse" : "refuse (Hugging Face accepts it)")
					+ "; at that level output is close to random."));
	}

}
