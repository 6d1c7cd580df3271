package dev.hparamadvisor.recommendation;

/**
 * Epochs from the dataset size by OpenAI's default-epochs heuristic (about three passes,
 * at least 100 and at most 25,000 example-passes, 1 to 25 epochs), held to the 1-3 band
 * of the published recipes, with the task adjustments of OpenAI's fine-tuning guide and
 * the priority's end of the band.
 */
final class Epochs {

	/** Tiny datasets may go beyond the band up to this many epochs (judgement). */
	static final int TINY_CEILING = 5;

	private Epochs() {
	}

	/** OpenAI cookbook's heuristic. */
	static long heuristic(long examples) {
		if (examples * 3 < 100) {
			return Math.min(25, 100 / examples);
		}
		if (examples * 3 > 25_000) {
			return Math.max(1, 25_000 / examples);
		}
		return 3;
	}

	static Advice choose(Scenario s) {
		long h = heuristic(s.examples());
		long epochs;
		String why;
		String count = Text.count(s.examples()) + " examples";
		switch (s.task()) {
			case CLASSIFICATION, NER -> {
				epochs = Math.min(4, Math.max(2, h + 1));
				why = "one more pass than for open-ended tasks, because a single right answer benefits from fitting the "
						+ "data closely (OpenAI's fine-tuning guide; BERT used 2-4)";
			}
			case CREATIVE_WRITING -> {
				epochs = Math.max(1, Math.min(3, h) - 1);
				why = "one pass fewer than for instruction data, because extra passes make creative output less "
						+ "varied (OpenAI's fine-tuning guide)";
			}
			default -> {
				epochs = Math.min(3, h);
				why = "within the 1-3 passes of Alpaca, Tulu 2/3, Zephyr and Unsloth's guide; more passes over "
						+ "instruction data turn into memorisation";
			}
		}
		if (h > 3) {
			epochs = Math.min(h, TINY_CEILING);
			why = "more than the usual 1-3 because the set is tiny: OpenAI's heuristic wants at least 100 example-passes ("
					+ h + " epochs), which we stop at " + TINY_CEILING
					+ " since early stopping then guards against memorising it";
		}
		if (s.priority() == Priority.SPEED && epochs > 1) {
			epochs--;
			why += "; one fewer for the speed priority";
		}
		String rationale = epochs + " epoch" + ((epochs == 1) ? "" : "s") + " over " + count
				+ ": OpenAI's heuristic gives " + h + " (about three passes, 100 to 25,000 example-passes); " + why
				+ ".";
		return Advice.of("num_epochs", (double) epochs, rationale, "openai-cookbook-epochs", "alpaca", "tulu2",
				"zephyr", "unsloth");
	}

}
