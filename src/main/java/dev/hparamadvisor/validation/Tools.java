package dev.hparamadvisor.validation;

import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The training tools whose start-up checks the rules mirror, by the dialect id a
 * configuration carries, and what each does with evaluation and saving when the
 * configuration does not say.
 */
final class Tools {

	static final String HUGGING_FACE = "huggingface";

	static final String AXOLOTL = "axolotl";

	static final String LLAMA_FACTORY = "llamafactory";

	/**
	 * Tools that hand these settings to Hugging Face's {@code TrainingArguments} as
	 * written, so that its checks and defaults apply: Hugging Face itself (and TRL) and
	 * LLaMA-Factory. Axolotl computes its own strategies first.
	 */
	static final Set<String> TRAINING_ARGUMENTS = Set.of(HUGGING_FACE, LLAMA_FACTORY);

	/**
	 * Hugging Face's default {@code save_steps} and {@code logging_steps} (the latter is
	 * also what {@code eval_steps} falls back to), in v4 and v5.
	 */
	static final double HF_DEFAULT_STEPS = 500;

	private Tools() {
	}

	/** Whether the configuration is for one of these tools. */
	static boolean isFor(Configuration c, Set<String> tools) {
		return c.dialect() != null && tools.contains(c.dialect());
	}

	/** Whether the configuration is for this tool. */
	static boolean isFor(Configuration c, String tool) {
		return tool.equals(c.dialect());
	}

	/**
	 * When evaluation runs: as given; else Hugging Face's default {@code no} (there
	 * {@code eval_steps} alone does not turn it on); else {@code steps} when a step or
	 * per-epoch cadence is given, as Axolotl infers; else unknown.
	 */
	static @Nullable String evalStrategy(Configuration c) {
		Optional<String> given = c.text("eval_strategy");
		if (given.isPresent()) {
			return given.get();
		}
		if (isFor(c, TRAINING_ARGUMENTS)) {
			return "no";
		}
		return (c.has("eval_steps") || c.has("evals_per_epoch")) ? "steps" : null;
	}

	/**
	 * When checkpoints are saved: as given; else Hugging Face's default {@code steps};
	 * else {@code steps} when a step or per-epoch cadence is given; else unknown.
	 */
	static @Nullable String saveStrategy(Configuration c) {
		Optional<String> given = c.text("save_strategy");
		if (given.isPresent()) {
			return given.get();
		}
		if (isFor(c, TRAINING_ARGUMENTS)) {
			return "steps";
		}
		return (c.has("save_steps") || c.has("saves_per_epoch")) ? "steps" : null;
	}

	/** Whether anything is evaluated, as far as the configuration tells. */
	static boolean evaluates(Configuration c) {
		String strategy = evalStrategy(c);
		return strategy != null && !strategy.equals("no");
	}

	/** A number that is set and not zero (Axolotl's and Python's truthiness). */
	static boolean isSet(Configuration c, String name) {
		Object value = c.value(name);
		if (value instanceof Number number) {
			return number.doubleValue() != 0;
		}
		if (value instanceof Boolean flag) {
			return flag;
		}
		return value != null;
	}

}
