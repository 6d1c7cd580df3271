package dev.hparamadvisor.validation;

import java.util.List;

/**
 * Evaluation or saving every N steps where N is at least the length of the run: nothing
 * is evaluated or saved before the end.
 */
final class EvaluationCadenceRule implements Rule {

	@Override
	public List<Finding> check(Configuration c) {
		Long total = c.derived().totalSteps();
		if (total == null) {
			return List.of();
		}
		for (String name : List.of("eval_steps", "save_steps")) {
			double steps = c.number(name).orElse(0);
			String strategy = c.text(name.equals("eval_steps") ? "eval_strategy" : "save_strategy").orElse("steps");
			if (steps >= 1 && steps > total && strategy.equals("steps")) {
				return List.of(Finding.of(name, ValidationCodes.CADENCE_BEYOND_RUN)
					.related("max_steps", "num_epochs")
					.value(c.value(name))
					.expected("fewer than the " + total + " steps of the run")
					.suggestion(Math.max(1, total / 10))
					.sources("hf-training-args")
					.message(name + " = " + Sizes.n(steps) + " but the run has " + total + " steps: nothing is "
							+ (name.equals("eval_steps") ? "evaluated" : "saved") + " before training ends."));
			}
		}
		return List.of();
	}

}
