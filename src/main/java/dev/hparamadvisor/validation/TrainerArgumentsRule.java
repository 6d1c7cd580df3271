package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What Hugging Face's {@code TrainingArguments} (v4.4x to v5) and its early-stopping
 * callback refuse before the first step: reloading the best checkpoint when checkpoints
 * and evaluations do not line up, evaluating every few steps with no interval, step
 * intervals above 1 that are not whole, early stopping with no metric to watch. An error
 * for Hugging Face and LLaMA-Factory, which passes these settings on as written; a
 * warning otherwise.
 */
final class TrainerArgumentsRule implements Rule {

	private static final List<String> SOURCES = List.of("hf-training-args-checks");

	@Override
	public List<Finding> check(Configuration c) {
		List<Finding> findings = new ArrayList<>();
		boolean refused = Tools.isFor(c, Tools.TRAINING_ARGUMENTS);
		String eval = Tools.evalStrategy(c);
		String save = Tools.saveStrategy(c);
		if (c.flag("load_best_model_at_end").orElse(false) && save != null && !save.equals("best") && eval != null) {
			if (!eval.equals(save)) {
				findings.add(Finding.of("load_best_model_at_end", ValidationCodes.BEST_MODEL_STRATEGIES_DIFFER, refused)
					.related("eval_strategy", "save_strategy")
					.value(true)
					.expected("eval_strategy equal to save_strategy, or save_strategy best")
					.sources(SOURCES)
					.message("load_best_model_at_end needs a checkpoint at every evaluation, but evaluation runs on '"
							+ eval + "' and saving on '" + save + "'" + (c.has("eval_strategy") ? "" : " (the default)")
							+ "; Hugging Face refuses this at start-up. Set eval_strategy and save_strategy alike, "
							+ "or save_strategy: best."));
			}
			else if (eval.equals("steps")) {
				savesBetweenEvaluations(c, refused).ifPresent(findings::add);
			}
		}
		if ("steps".equals(eval) && c.number("eval_steps", 0) == 0 && c.number("logging_steps").orElse(1) == 0) {
			findings.add(Finding.of("eval_strategy", ValidationCodes.EVALUATION_WITHOUT_INTERVAL, refused)
				.related("eval_steps", "logging_steps")
				.value("steps")
				.expected("eval_steps > 0, or logging_steps > 0 for it to fall back on")
				.sources(SOURCES)
				.message("Evaluation every few steps needs an interval: eval_steps is unset and logging_steps, "
						+ "which it falls back on, is 0; Hugging Face refuses this. Set eval_steps."));
		}
		fractional(c, "eval_steps", eval, refused).ifPresent(findings::add);
		fractional(c, "save_steps", save, refused).ifPresent(findings::add);
		fractional(c, "logging_steps", "steps", refused).ifPresent(findings::add);
		if (c.number("early_stopping_patience", 0) >= 1 && Tools.evaluates(c) && !c.has("metric_for_best_model")
				&& !c.flag("load_best_model_at_end").orElse(false)
				&& !c.text("lr_schedule").filter("reduce_lr_on_plateau"::equals).isPresent()
				&& !Tools.isFor(c, Tools.AXOLOTL)) {
			findings.add(Finding.of("early_stopping_patience", ValidationCodes.EARLY_STOPPING_WITHOUT_METRIC, refused)
				.related("metric_for_best_model", "load_best_model_at_end")
				.value(c.value("early_stopping_patience"))
				.expected("metric_for_best_model set, or load_best_model_at_end true (which watches the loss)")
				.sources(List.of("hf-training-args-checks", "hf-early-stopping"))
				.message("Early stopping watches metric_for_best_model, which is unset and gets no default "
						+ "without load_best_model_at_end; Hugging Face's EarlyStoppingCallback refuses to start. "
						+ "Set metric_for_best_model: eval_loss and load_best_model_at_end: true."));
		}
		return findings;
	}

	private static Optional<Finding> savesBetweenEvaluations(Configuration c, boolean refused) {
		boolean defaults = Tools.isFor(c, Tools.TRAINING_ARGUMENTS);
		double eval = c.number("eval_steps", 0);
		if (eval == 0) {
			eval = c.number("logging_steps").orElse(defaults ? Tools.HF_DEFAULT_STEPS : 0);
		}
		double save = c.number("save_steps").orElse(defaults ? Tools.HF_DEFAULT_STEPS : 0);
		if (eval <= 0 || save <= 0 || isMultiple(save, eval)) {
			return Optional.empty();
		}
		boolean mixed = (eval < 1) != (save < 1);
		return Optional.of(Finding.of("save_steps", ValidationCodes.BEST_MODEL_SAVES_BETWEEN_EVALUATIONS, refused)
			.related("eval_steps", "load_best_model_at_end")
			.value(save)
			.expected(mixed ? "both as step counts or both as fractions of the run"
					: "a multiple of eval_steps = " + Sizes.n(eval))
			.suggestion(mixed ? null : Math.max(1, Math.round(save / eval)) * eval)
			.sources(SOURCES)
			.message("load_best_model_at_end can only reload a checkpoint saved at an evaluation, but save_steps = "
					+ Sizes.n(save) + " is not a multiple of eval_steps = " + Sizes.n(eval)
					+ (mixed ? " (one is a fraction of the run, the other a step count)" : "")
					+ "; Hugging Face refuses this at start-up. Save every k evaluations."));
	}

	/** HF's test: whole multiples, or for fractions, multiples to six decimal places. */
	static boolean isMultiple(double save, double eval) {
		if (eval < 1 && save < 1) {
			return Math.round(save * 1_000_000) % Math.round(eval * 1_000_000) == 0;
		}
		if (eval < 1 || save < 1) {
			return false;
		}
		return save % eval == 0;
	}

	private static Optional<Finding> fractional(Configuration c, String name, @Nullable String strategy,
			boolean refused) {
		double steps = c.number(name, 0);
		if (!"steps".equals(strategy) || steps <= 1 || steps == Math.rint(steps)) {
			return Optional.empty();
		}
		boolean refusedHere = refused || Tools.isFor(c, Tools.AXOLOTL);
		return Optional.of(Finding.of(name, ValidationCodes.FRACTIONAL_INTERVAL, refusedHere)
			.value(steps)
			.expected("a whole number of steps, or a fraction of the run below 1")
			.suggestion((double) Math.round(steps))
			.sources(SOURCES)
			.message(name + " = " + Sizes.n(steps) + " is above 1 but not a whole number of steps; Hugging Face "
					+ "refuses it (below 1 it would be a fraction of the run). Use " + Math.round(steps) + "."));
	}

}
