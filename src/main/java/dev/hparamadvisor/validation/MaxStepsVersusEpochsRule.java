package dev.hparamadvisor.validation;

import java.util.List;

/**
 * {@code max_steps} and {@code num_epochs} both set: max_steps wins in every trainer, so
 * when it amounts to far fewer passes than asked for the epochs are silently cut, and
 * when it amounts to more the data repeats beyond them.
 */
final class MaxStepsVersusEpochsRule implements Rule {

	@Override
	public List<Finding> check(Configuration c) {
		Double implied = c.derived().impliedEpochs();
		double epochs = c.number("num_epochs", 0);
		if (implied == null || epochs <= 0) {
			return List.of();
		}
		boolean cut = implied < 0.5 * epochs;
		boolean repeats = implied > 1.1 * epochs;
		if (!cut && !repeats) {
			return List.of();
		}
		long suggestion = Math.max(1, Math.round(epochs * c.derived().stepsPerEpoch()));
		return List.of(Finding.of("max_steps", ValidationCodes.MAX_STEPS_CONTRADICTS_EPOCHS)
			.related("num_epochs", "batch_size", "gradient_accumulation_steps")
			.value(c.value("max_steps"))
			.expected("about " + suggestion + " steps for " + Sizes.n(epochs) + " epochs, or only one of the two")
			.suggestion(suggestion)
			.sources("hf-training-args", "axolotl")
			.message("max_steps = " + Sizes.n(c.number("max_steps", 0)) + " amounts to " + Sizes.n(round(implied))
					+ " epochs of the " + c.context().datasetExamples() + " examples, but num_epochs asks for "
					+ Sizes.n(epochs) + "; max_steps wins, so "
					+ (cut ? "most of the requested epochs never run." : "the data repeats beyond them.")));
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
