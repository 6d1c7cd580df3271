package dev.hparamadvisor.validation;

import java.util.List;

/**
 * Both warmup forms set: tools disagree on which wins (Hugging Face v4 lets the steps
 * override the ratio, Axolotl refuses the pair), so the run may not warm up as meant.
 */
final class WarmupStepsAndRatioRule implements Rule {

	@Override
	public List<Finding> check(Configuration c) {
		double steps = c.number("warmup_steps", 0);
		double ratio = c.number("warmup_ratio", 0);
		if (steps <= 0 || ratio <= 0) {
			return List.of();
		}
		return List.of(Finding.of("warmup_steps", ValidationCodes.WARMUP_STEPS_AND_RATIO)
			.related("warmup_ratio")
			.value(c.value("warmup_steps"))
			.expected("one of warmup_steps or warmup_ratio")
			.sources("hf-training-args", "axolotl")
			.message("Both warmup_steps (" + Sizes.n(steps) + ") and warmup_ratio (" + Sizes.n(ratio)
					+ ") are set: Hugging Face lets the steps win, Axolotl refuses the pair. Keep one."));
	}

}
