package dev.hparamadvisor.validation;

import java.util.List;

/**
 * A training sequence longer than the model's context window: positions past the window
 * were never trained, and Axolotl silently stretches the window instead of refusing. Also
 * catches a length one typo away from a power of two (8096 for 8192).
 */
final class SequenceLengthRule implements Rule {

	@Override
	public List<Finding> check(Configuration c) {
		double length = c.number("sequence_length").orElse(0);
		if (length <= 0) {
			return List.of();
		}
		Long window = c.context().modelMaxContext();
		if (window != null && length > window) {
			return List.of(Finding.of("sequence_length", ValidationCodes.SEQUENCE_EXCEEDS_CONTEXT)
				.value(c.value("sequence_length"))
				.expected("at most the model's context window of " + window + " tokens")
				.suggestion(window)
				.sources("axolotl", "hf-model-configs")
				.message("sequence_length = " + Sizes.n(length) + " is longer than the model's context window ("
						+ window + " tokens) and no RoPE scaling is known; positions beyond it were never trained."));
		}
		long nearest = Long.highestOneBit((long) length);
		long typo = (Math.abs(nearest * 2 - length) < Math.abs(length - nearest)) ? nearest * 2 : nearest;
		double off = Math.abs(typo - length) / typo;
		// Round thousands (2000, 4000, 8000) sit 2.3% below a power of two and are
		// deliberate;
		// closer than 2% but not equal (8096 for 8192) is almost always a slip.
		if (length >= 1000 && off > 0 && off < 0.02) {
			return List.of(Finding.of("sequence_length", ValidationCodes.SEQUENCE_LENGTH_LOOKS_MISTYPED)
				.value(c.value("sequence_length"))
				.expected(Long.toString(typo))
				.suggestion(typo)
				.sources("judgement")
				.message("sequence_length = " + Sizes.n(length) + " is within 2% of " + typo
						+ " but not equal to it; context windows and packing buckets are powers of two. Is this a typo?"));
		}
		return List.of();
	}

}
