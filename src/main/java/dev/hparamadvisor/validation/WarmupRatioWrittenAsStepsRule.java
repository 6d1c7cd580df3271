package dev.hparamadvisor.validation;

import java.util.List;

/**
 * A warmup_steps between 0 and 1 is a ratio written as steps: Hugging Face v5 reads it as
 * a fraction of the run, v4 and Axolotl truncate it to zero steps.
 */
final class WarmupRatioWrittenAsStepsRule implements Rule {

	@Override
	public List<Finding> check(Configuration c) {
		double steps = c.number("warmup_steps", 0);
		if (steps <= 0 || steps >= 1) {
			return List.of();
		}
		return List.of(Finding.of("warmup_steps", ValidationCodes.WARMUP_STEPS_LOOKS_LIKE_RATIO)
			.related("warmup_ratio")
			.value(steps)
			.expected("a whole number of steps, or warmup_ratio = " + Sizes.n(steps))
			.suggestion(steps)
			.sources("hf-training-args", "axolotl")
			.message("warmup_steps = " + Sizes.n(steps) + " looks like a ratio written as steps. Hugging Face v5 reads "
					+ "it as " + Sizes.percent(steps) + " of the run, but v4 and Axolotl truncate it to 0 steps "
					+ "(no warmup). Write warmup_ratio: " + Sizes.n(steps) + " instead."));
	}

}
