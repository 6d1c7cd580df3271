package dev.hparamadvisor.validation;

import java.util.List;

/**
 * A global batch that the micro-batch and devices do not divide: Axolotl floors the
 * quotient silently and DeepSpeed refuses the configuration.
 */
final class BatchArithmeticRule implements Rule {

	@Override
	public List<Finding> check(Configuration c) {
		double total = c.number("total_batch_size").orElse(0);
		double micro = c.number("batch_size").orElse(0);
		if (total < 1 || micro < 1) {
			return List.of();
		}
		double perStep = micro * c.context().devices();
		if (c.has("gradient_accumulation_steps")) {
			double product = perStep * c.number("gradient_accumulation_steps", 1);
			if (product != total) {
				return List.of(Finding.of("total_batch_size", ValidationCodes.BATCH_SIZES_INCONSISTENT)
					.related("batch_size", "gradient_accumulation_steps")
					.value(c.value("total_batch_size"))
					.expected(Sizes.n(product) + " = micro-batch x accumulation x devices")
					.suggestion(product)
					.sources("deepspeed-config", "axolotl")
					.message("total_batch_size = " + Sizes.n(total) + " but micro-batch x accumulation x devices = "
							+ Sizes.n(product) + "; DeepSpeed refuses this and Axolotl refuses setting both."));
			}
			return List.of();
		}
		if (total % perStep != 0) {
			return List.of(Finding.of("total_batch_size", ValidationCodes.BATCH_NOT_DIVISIBLE)
				.related("batch_size")
				.value(c.value("total_batch_size"))
				.expected("a multiple of micro-batch x devices = " + Sizes.n(perStep))
				.suggestion(Math.max(1, Math.round(total / perStep)) * perStep)
				.sources("axolotl", "deepspeed-config")
				.message("total_batch_size = " + Sizes.n(total) + " is not a multiple of micro-batch x devices ("
						+ Sizes.n(perStep)
						+ "); Axolotl floors the accumulation steps silently, giving an effective batch of "
						+ Sizes.n(Math.floor(total / perStep) * perStep) + "."));
		}
		return List.of();
	}

}
