package dev.hparamadvisor.validation;

import java.util.List;

/**
 * Both warmup forms set: tools disagree on which wins (Hugging Face v4 lets the steps
 * override the ratio, v5 turns the deprecated ratio into the steps and so lets the ratio
 * win, Axolotl refuses the pair), so the run may not warm up as meant. An error for
 * Axolotl.
 */
final class WarmupStepsAndRatioRule implements Rule {

	@Override
	public List<Finding> check(Configuration c) {
		double steps = c.number("warmup_steps", 0);
		double ratio = c.number("warmup_ratio", 0);
		if (steps <= 0 || ratio <= 0) {
			return List.of();
		}
		boolean axolotl = Tools.isFor(c, Tools.AXOLOTL);
		return List.of(Finding.of("warmup_steps", ValidationCodes.WARMUP_STEPS_AND_RATIO, axolotl)
			.related("warmup_ratio")
			.value(c.value("warmup_steps"))
			.expected("one of warmup_steps or warmup_ratio")
			.sources("hf-training-args-checks", "axolotl-config-checks")
			.message("Both warmup_steps (" + Sizes.n(steps) + ") and warmup_ratio (" + Sizes.n(ratio)
					+ ") are set: Hugging Face v4 lets the steps win and ignores the ratio, v5 lets the ratio "
					+ "replace the steps, Axolotl refuses the pair" + (axolotl ? " at start-up" : "") + ". Keep one."));
	}

}
