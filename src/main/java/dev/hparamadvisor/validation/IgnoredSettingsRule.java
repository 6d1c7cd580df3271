package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Values a tool accepts and then does not use, beside the others set: warmup under a
 * schedule that has none, a floor or cycle count for a schedule that takes neither, an
 * evaluation interval when nothing is evaluated, held-out data never evaluated, a
 * best-model metric or an early-stopping threshold with nothing to apply it to. Each is a
 * warning naming what to use instead. The pairs that other codes already cover (warmup
 * steps with a ratio, epochs with max_steps, Adam arguments to other optimizers, LoRA
 * knobs in full fine-tuning, step cadences beside another strategy) are left to them.
 */
final class IgnoredSettingsRule implements Rule {

	/** Schedules Hugging Face builds without a warmup (get_scheduler returns early). */
	private static final Set<String> NO_WARMUP = Set.of("constant", "reduce_lr_on_plateau");

	/** Schedules that take no floor in any of the tools. */
	private static final Set<String> NO_FLOOR = Set.of("linear", "constant", "constant_with_warmup", "inverse_sqrt",
			"reduce_lr_on_plateau", "cosine_with_restarts");

	/** Schedules with cycles. */
	private static final Set<String> CYCLES = Set.of("cosine", "cosine_with_restarts", "cosine_with_min_lr",
			"cosine_warmup_with_min_lr");

	@Override
	public List<Finding> check(Configuration c) {
		List<Finding> findings = new ArrayList<>();
		String schedule = c.text("lr_schedule").orElse(null);
		if (schedule != null && NO_WARMUP.contains(schedule)) {
			for (String warmup : List.of("warmup_steps", "warmup_ratio")) {
				if (c.number(warmup, 0) > 0) {
					findings.add(ignored(warmup, c.value(warmup), "lr_schedule", "hf-training-args-checks",
							"The '" + schedule + "' schedule has no warmup (Hugging Face builds it without one, "
									+ "and Axolotl and LLaMA-Factory use Hugging Face's), so " + warmup
									+ " does nothing. Use constant_with_warmup for a flat rate after warmup, or "
									+ "drop " + warmup + "."));
				}
			}
		}
		if (schedule != null && NO_FLOOR.contains(schedule) && c.has("min_lr_ratio")) {
			findings.add(ignored("min_lr_ratio", c.value("min_lr_ratio"), "lr_schedule", "axolotl",
					"The '" + schedule + "' schedule has no floor: Axolotl applies cosine_min_lr_ratio to cosine "
							+ "only, and Hugging Face takes min_lr_rate only for cosine_with_min_lr. Use one of "
							+ "those schedules, or drop the floor."));
		}
		if (schedule != null && !CYCLES.contains(schedule) && c.has("num_cycles")) {
			findings.add(ignored("num_cycles", c.value("num_cycles"), "lr_schedule", "hf-training-args-checks",
					"The '" + schedule + "' schedule has no cycles, so num_cycles does nothing; it belongs to "
							+ "cosine_with_restarts."));
		}
		if (Tools.isFor(c, Tools.TRAINING_ARGUMENTS) && c.has("eval_steps") && !c.has("eval_strategy")) {
			findings.add(ignored("eval_steps", c.value("eval_steps"), "eval_strategy", "hf-training-args-checks",
					"eval_steps is set but eval_strategy is not, and it defaults to 'no': nothing is evaluated. "
							+ "Set eval_strategy: steps."));
		}
		String eval = Tools.evalStrategy(c);
		if ("no".equals(eval) && c.number("validation_split", 0) > 0) {
			findings.add(ignored("validation_split", c.value("validation_split"), "eval_strategy", "axolotl",
					"Examples are held out for evaluation, but eval_strategy is 'no': they are taken from training "
							+ "and never evaluated. Set eval_strategy to steps or epoch, or validation_split to 0."));
		}
		boolean watched = c.flag("load_best_model_at_end").orElse(false) || c.has("early_stopping_patience")
				|| "reduce_lr_on_plateau".equals(schedule);
		if ("no".equals(eval) && c.has("metric_for_best_model") && !watched) {
			findings.add(ignored("metric_for_best_model", c.value("metric_for_best_model"), "eval_strategy",
					"hf-training-args-checks", "metric_for_best_model is set, but nothing is evaluated, so no "
							+ "checkpoint is ever compared. Set an eval_strategy, or drop the metric."));
		}
		if (c.has("early_stopping_threshold") && !c.has("early_stopping_patience")) {
			findings.add(ignored("early_stopping_threshold", c.value("early_stopping_threshold"),
					"early_stopping_patience", "hf-early-stopping",
					"early_stopping_threshold only matters to early stopping, which is off without "
							+ "early_stopping_patience. Set a patience, or drop the threshold."));
		}
		return findings;
	}

	private static Finding ignored(String parameter, @Nullable Object value, String related, String source,
			String message) {
		return Finding.of(parameter, ValidationCodes.SETTING_IGNORED)
			.related(related)
			.value(value)
			.sources(source)
			.message(message);
	}

}
