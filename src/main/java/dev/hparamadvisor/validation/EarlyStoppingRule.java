package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Early stopping that cannot work: no evaluation to watch (Hugging Face's callback
 * refuses to start), a patience window longer than what is left of the run after warmup
 * (it can never fire), or no reloading of the best checkpoint (the run ends on a worse
 * model).
 */
final class EarlyStoppingRule implements Rule {

	@Override
	public List<Finding> check(Configuration c) {
		double patience = c.number("early_stopping_patience", 0);
		if (patience < 1) {
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		Optional<String> strategy = c.text("eval_strategy");
		if (!Tools.evaluates(c)) {
			boolean refused = Tools.isFor(c, Set.of(Tools.HUGGING_FACE, Tools.LLAMA_FACTORY, Tools.AXOLOTL));
			findings
				.add(Finding.of("early_stopping_patience", ValidationCodes.EARLY_STOPPING_WITHOUT_EVALUATION, refused)
					.related("eval_strategy", "eval_steps")
					.value(c.value("early_stopping_patience"))
					.expected("an evaluation strategy of steps or epoch")
					.sources("hf-early-stopping", "axolotl-config-checks")
					.message("Early stopping watches an evaluation metric, but no evaluation is configured "
							+ "(eval_strategy is 'no' or unset): Hugging Face's callback refuses to start, and so do "
							+ "LLaMA-Factory and Axolotl, which use it. Set eval_strategy: steps and eval_steps."));
			return findings;
		}
		Long interval = interval(c, strategy.orElse("steps"));
		Long total = c.derived().totalSteps();
		if (interval != null && total != null) {
			long warmup = (c.derived().warmupSteps() != null) ? c.derived().warmupSteps() : 0;
			long window = Math.round(patience) * interval;
			if (window >= total - warmup) {
				findings.add(Finding.of("early_stopping_patience", ValidationCodes.EARLY_STOPPING_CANNOT_TRIGGER)
					.related("eval_steps", "max_steps", "num_epochs")
					.value(c.value("early_stopping_patience"))
					.expected(
							"patience x evaluation interval well under the " + (total - warmup) + " steps after warmup")
					.suggestion(Math.max(1, (total - warmup) / interval / 3))
					.sources("prechelt-1998", "hf-early-stopping")
					.message("A patience of " + Math.round(patience) + " evaluations every " + interval
							+ " steps needs " + window + " steps without improvement, but only " + (total - warmup)
							+ " steps follow warmup: early stopping can never fire."));
			}
		}
		if (c.flag("load_best_model_at_end").filter((b) -> !b).isPresent()) {
			findings.add(Finding.of("early_stopping_patience", ValidationCodes.EARLY_STOPPING_WITHOUT_BEST_MODEL)
				.related("load_best_model_at_end")
				.value(c.value("early_stopping_patience"))
				.sources("hf-early-stopping")
				.message("Early stopping without load_best_model_at_end keeps the last checkpoint, which is by "
						+ "construction up to 'patience' evaluations worse than the best."));
		}
		return findings;
	}

	private static Long interval(Configuration c, String strategy) {
		if (strategy.equals("epoch")) {
			return c.derived().stepsPerEpoch();
		}
		double steps = c.number("eval_steps", 0);
		if (steps >= 1) {
			return (long) steps;
		}
		if (steps > 0 && c.derived().totalSteps() != null) {
			return Math.max(1, (long) Math.ceil(steps * c.derived().totalSteps()));
		}
		return null;
	}

}
