package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Sampling settings that are greedy in disguise (top-k of 1, a tiny top-p, min-p near 1)
 * and the pair OpenAI advises against changing together (temperature and top-p).
 */
final class SamplingShapeRule implements Rule {

	@Override
	public List<Finding> check(Configuration c) {
		double temperature = c.number("temperature").orElse(1);
		if (temperature <= 0 || c.flag("do_sample").filter((b) -> !b).isPresent()) {
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		String disguised = null;
		if (c.number("top_k").orElse(0) == 1) {
			disguised = "top_k";
		}
		else if (c.number("top_p").orElse(1) <= 0.01) {
			disguised = "top_p";
		}
		else if (c.number("min_p").orElse(0) >= 0.99) {
			disguised = "min_p";
		}
		if (disguised != null) {
			findings.add(Finding.of(disguised, ValidationCodes.GREEDY_IN_DISGUISE)
				.related("temperature")
				.value(c.value(disguised))
				.sources("holtzman-2020", "fan-2018")
				.message(disguised + " = " + Sizes.n(c.number(disguised).orElse(0))
						+ " keeps a single candidate, so decoding is greedy whatever the temperature; set temperature 0 "
						+ "(or do_sample false) to say so."));
		}
		double topP = c.number("top_p").orElse(1);
		if (c.has("temperature") && temperature != 1 && topP < 1 && disguised == null) {
			findings.add(Finding.of("top_p", ValidationCodes.TEMPERATURE_AND_TOP_P_BOTH_SET)
				.related("temperature")
				.value(topP)
				.sources("openai-api")
				.message("Both temperature (" + Sizes.n(temperature) + ") and top_p (" + Sizes.n(topP)
						+ ") are changed; OpenAI advises tuning one of them, since their effects compound."));
		}
		return findings;
	}

}
