package dev.hparamadvisor.recommendation;

import dev.hparamadvisor.catalogue.Task;
import dev.hparamadvisor.estimation.TrainingPlan;

/**
 * The training sequence length: long enough for the 95th percentile of the data (or 1.5
 * times the average when no percentile is given), rounded up to a multiple of 64 (1/16 of
 * the power of two below above 1,024 tokens, so a length is never mistaken for a typo of
 * one), never below half the shortest length practice uses for the task, and capped by
 * the model's context window.
 */
final class SequenceLengths {

	/**
	 * The chosen length and why.
	 *
	 * @param length tokens per sequence
	 * @param dataTokens the length the data asks for, before rounding and capping
	 * @param advice the value with its rationale
	 */
	record Choice(int length, int dataTokens, Advice advice) {
	}

	private SequenceLengths() {
	}

	static Choice choose(Scenario s) {
		boolean percentile = s.p95Tokens() != null;
		int data = percentile ? s.p95Tokens()
				: (int) Math.min(TrainingPlan.MAX_SEQUENCE_LENGTH, Math.ceil(1.5 * s.avgTokens()));
		int floor = floor(s);
		int length = roundUp(Math.max(data, floor));
		StringBuilder why = new StringBuilder();
		why.append(percentile ? "Covers the 95th percentile of your examples (" + Text.count(data) + " tokens)"
				: "Without a 95th percentile, 1.5 times the average of " + Text.count(s.avgTokens())
						+ " tokens stands in for it (lengths are usually right-skewed)");
		if (data < floor) {
			why.append(", raised to ")
				.append(floor)
				.append(": a cap below half the shortest length recipes use for ")
				.append(s.task().jsonName())
				.append(" saves nothing once batches are padded only to their longest example, and would cut the rare "
						+ "long ones");
		}
		else {
			why.append(", rounded up to ").append(length).append(" tokens");
		}
		String[] sources = { "alpaca", "zephyr", "tulu3", "trl" };
		Integer window = s.contextWindow();
		if (window != null && length > window) {
			length = window;
			why.append("; capped at the context window of ")
				.append(s.model())
				.append(" (")
				.append(Text.count(window))
				.append(" tokens), so the longest examples will be truncated");
			sources = new String[] { "alpaca", "zephyr", "tulu3", "trl", "hf-model-configs" };
		}
		why.append(". Truncating an answer teaches the model to stop mid-sentence, which is why the cap follows the "
				+ "data rather than a default.");
		return new Choice(length, data, Advice.of("sequence_length", length, why.toString(), sources));
	}

	/**
	 * Half the shortest length the catalogue's practice range gives for the task: 512 for
	 * preference pairs (1,024 in practice), 64 for encoder-style classification (128),
	 * 256 for the rest (512).
	 */
	static int floor(Scenario s) {
		if (s.task() == Task.PREFERENCE) {
			return 512;
		}
		return s.encoderStyle() ? 64 : 256;
	}

	/** Up to a multiple of 64, or of 1/16 of the power of two below beyond 1,024. */
	static int roundUp(int tokens) {
		int grain = (tokens <= 1024) ? 64 : Integer.highestOneBit(tokens - 1) / 16;
		long rounded = ((long) tokens + grain - 1) / grain * grain;
		return (int) Math.min(rounded, TrainingPlan.MAX_SEQUENCE_LENGTH);
	}

}
