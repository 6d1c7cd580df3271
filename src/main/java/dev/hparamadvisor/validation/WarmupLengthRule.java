package dev.hparamadvisor.validation;

import java.util.List;

/**
 * Warmup against the length of the run: at or beyond the last step the learning rate
 * never reaches its peak and never decays (ERROR); beyond a tenth of the run most of the
 * budget is spent ramping up (WARNING). A tenth is measured the way the trainers round a
 * ratio, {@code ceil(0.1 x total)} steps, so {@code warmup_ratio: 0.1} (Zephyr, BERT) is
 * not called too long.
 */
final class WarmupLengthRule implements Rule {

	static final double LONG_FRACTION = 0.10;

	@Override
	public List<Finding> check(Configuration c) {
		Derived d = c.derived();
		if (d.warmupSteps() == null || d.totalSteps() == null || d.warmupSteps() == 0) {
			return List.of();
		}
		String parameter = c.has("warmup_steps") ? "warmup_steps" : "warmup_ratio";
		long warmup = d.warmupSteps();
		long total = d.totalSteps();
		long suggestion = Math.max(1, Math.round(total * 0.03));
		if (warmup >= total) {
			return List.of(Finding.of(parameter, ValidationCodes.WARMUP_EXCEEDS_TRAINING)
				.related(c.has("max_steps") ? "max_steps" : "num_epochs")
				.value(c.value(parameter))
				.expected("well under the " + total + " optimizer steps of the run (3-10% is usual)")
				.suggestion(parameter.equals("warmup_steps") ? (Object) suggestion : (Object) 0.03)
				.sources("ebook", "hf-training-args", "goyal-2017")
				.message("Warmup lasts " + warmup + " steps but the run has only " + total
						+ ": the learning rate never reaches its peak and the schedule never decays."));
		}
		if (warmup > (long) Math.ceil(LONG_FRACTION * total)) {
			return List.of(Finding.of(parameter, ValidationCodes.WARMUP_TOO_LONG)
				.related(c.has("max_steps") ? "max_steps" : "num_epochs")
				.value(c.value(parameter))
				.expected("3-10% of the " + total + " steps")
				.suggestion(parameter.equals("warmup_steps") ? (Object) suggestion : (Object) 0.03)
				.sources("ebook", "dettmers-2023", "google-tuning-playbook")
				.message("Warmup is " + Sizes.percent(d.warmupFraction()) + " of the run (" + warmup + " of " + total
						+ " steps); the ebook calls for a small percentage and recipes use 3-10%."));
		}
		return List.of();
	}

}
