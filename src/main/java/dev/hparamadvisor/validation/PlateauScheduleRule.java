package dev.hparamadvisor.validation;

import java.util.List;

/**
 * A reduce-on-plateau schedule lowers the rate when an evaluation metric stalls; with no
 * evaluation Hugging Face refuses the configuration, and so do LLaMA-Factory and Axolotl,
 * which pass the schedule on to it. An error whatever the tool: every tool that offers
 * the schedule refuses it. With Hugging Face, {@code eval_steps} alone does not evaluate.
 */
final class PlateauScheduleRule implements Rule {

	@Override
	public List<Finding> check(Configuration c) {
		if (!c.text("lr_schedule").filter("reduce_lr_on_plateau"::equals).isPresent()) {
			return List.of();
		}
		if (Tools.evaluates(c)) {
			return List.of();
		}
		return List.of(Finding.of("lr_schedule", ValidationCodes.PLATEAU_SCHEDULE_WITHOUT_EVALUATION)
			.related("eval_strategy")
			.value("reduce_lr_on_plateau")
			.expected("eval_strategy steps or epoch")
			.sources("hf-training-args-checks")
			.message("reduce_lr_on_plateau needs an evaluation metric to watch, but no evaluation is configured; "
					+ "Hugging Face refuses this configuration."));
	}

}
