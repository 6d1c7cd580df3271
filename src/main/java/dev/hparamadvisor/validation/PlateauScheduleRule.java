package dev.hparamadvisor.validation;

import java.util.List;

/**
 * A reduce-on-plateau schedule lowers the rate when an evaluation metric stalls; with no
 * evaluation Hugging Face refuses the configuration.
 */
final class PlateauScheduleRule implements Rule {

	@Override
	public List<Finding> check(Configuration c) {
		if (!c.text("lr_schedule").filter("reduce_lr_on_plateau"::equals).isPresent()) {
			return List.of();
		}
		boolean evaluates = c.text("eval_strategy").map((s) -> !s.equals("no")).orElse(c.has("eval_steps"));
		if (evaluates) {
			return List.of();
		}
		return List.of(Finding.of("lr_schedule", ValidationCodes.PLATEAU_SCHEDULE_WITHOUT_EVALUATION)
			.related("eval_strategy")
			.value("reduce_lr_on_plateau")
			.expected("eval_strategy steps or epoch")
			.sources("hf-training-args")
			.message("reduce_lr_on_plateau needs an evaluation metric to watch, but no evaluation is configured; "
					+ "Hugging Face refuses this configuration."));
	}

}
