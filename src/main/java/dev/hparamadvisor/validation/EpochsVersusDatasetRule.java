package dev.hparamadvisor.validation;

import java.util.List;

/**
 * Epochs against dataset size, by the heuristic OpenAI uses to pick epochs automatically:
 * about three passes, at least 100 example-passes for tiny datasets, at most 25,000 for
 * large ones, clamped to 1-25. A count off by a factor of two or more gets an INFO.
 */
final class EpochsVersusDatasetRule implements Rule {

	/** OpenAI cookbook's default-epochs heuristic. */
	static long heuristic(long examples) {
		long epochs = 3;
		if (examples * 3 < 100) {
			epochs = Math.min(25, 100 / examples);
		}
		else if (examples * 3 > 25_000) {
			epochs = Math.max(1, 25_000 / examples);
		}
		return epochs;
	}

	@Override
	public List<Finding> check(Configuration c) {
		Long n = c.context().datasetExamples();
		double epochs = c.number("num_epochs").orElse(0);
		if (n == null || epochs <= 0 || c.number("max_steps").orElse(0) > 0) {
			return List.of();
		}
		long suggested = heuristic(n);
		if (epochs < 2.0 * suggested && epochs > suggested / 2.0) {
			return List.of();
		}
		return List.of(Finding.of("num_epochs", ValidationCodes.EPOCHS_UNUSUAL_FOR_DATASET)
			.value(c.value("num_epochs"))
			.expected("about " + suggested + " for " + n + " examples")
			.suggestion(suggested)
			.sources("openai-cookbook-epochs")
			.message(Sizes.n(epochs) + " epochs over " + n + " examples differs by 2x or more from the " + suggested
					+ " that OpenAI's heuristic would pick (about 3 passes, at least 100 and at most 25,000 "
					+ "example-passes)."));
	}

}
