package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;

import dev.hparamadvisor.catalogue.Method;

/**
 * LoRA settings against the method: adapter knobs on a full fine-tune are ignored, and an
 * alpha far from the rank rescales the adapter's updates by alpha / r.
 */
final class LoraSettingsRule implements Rule {

	@Override
	public List<Finding> check(Configuration c) {
		List<Finding> findings = new ArrayList<>();
		if (c.context().method() == Method.FULL) {
			for (String name : List.of("lora_r", "lora_alpha", "lora_dropout")) {
				if (c.has(name)) {
					findings.add(Finding.of(name, ValidationCodes.LORA_SETTING_WITHOUT_ADAPTER)
						.related("method")
						.value(c.value(name))
						.sources("peft")
						.message(name
								+ " is set but the method is full fine-tuning: there is no adapter, so it is ignored."));
				}
			}
		}
		double r = c.number("lora_r").orElse(0);
		double alpha = c.number("lora_alpha").orElse(0);
		if (r >= 1 && alpha > 0 && (alpha / r < 0.25 || alpha / r > 8)) {
			findings
				.add(Finding.of("lora_alpha", ValidationCodes.LORA_ALPHA_FAR_FROM_RANK)
					.related("lora_r")
					.value(alpha)
					.expected("alpha between r / 4 and 8 r (alpha = r or 2 r is common)")
					.suggestion(2 * r)
					.sources("hu-2021", "dettmers-2023", "unsloth")
					.message("lora_alpha / lora_r = " + Sizes.n(alpha / r)
							+ " scales the adapter's updates by that factor; "
							+ "recipes use 0.25 (QLoRA) to 2. Re-tune the learning rate if you keep it."));
		}
		return findings;
	}

}
