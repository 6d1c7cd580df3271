package dev.hparamadvisor.validation;

import java.util.List;

/**
 * The effective batch against the dataset: larger than the data means less than one
 * optimizer step per epoch (zero with drop_last); fewer than ten steps per epoch leaves
 * the schedule little to work with.
 */
final class EffectiveBatchVersusDatasetRule implements Rule {

	@Override
	public List<Finding> check(Configuration c) {
		Long effective = c.derived().effectiveBatchSize();
		Long n = c.context().datasetExamples();
		if (effective == null || n == null) {
			return List.of();
		}
		if (effective > n) {
			return List
				.of(Finding.of("batch_size", ValidationCodes.EFFECTIVE_BATCH_EXCEEDS_DATASET)
					.related("gradient_accumulation_steps")
					.value(c.value("batch_size"))
					.expected("an effective batch well below the " + n + " examples")
					.suggestion(Math.max(1, n / 10))
					.sources("hf-training-args", "pytorch-batch-sampler")
					.message("The effective batch (" + effective
							+ " = micro-batch x accumulation x devices) is larger than " + "the dataset (" + n
							+ " examples): each epoch is less than one optimizer step."));
		}
		Long steps = c.derived().stepsPerEpoch();
		if (steps != null && steps < 10) {
			return List.of(Finding.of("batch_size", ValidationCodes.FEW_STEPS_PER_EPOCH)
				.related("gradient_accumulation_steps")
				.value(c.value("batch_size"))
				.expected("at least 10 optimizer steps per epoch")
				.sources("google-tuning-playbook")
				.message("Only " + steps + " optimizer steps per epoch (" + n + " examples, effective batch "
						+ effective
						+ "): warmup and decay get very few steps. A smaller effective batch gives more updates."));
		}
		return List.of();
	}

}
