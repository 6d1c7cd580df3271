package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.hparamadvisor.catalogue.Method;

/**
 * Weight decay over the whole run: decoupled decay multiplies the weights by (1 - lr x
 * wd) every step, so a long run with a high rate and strong decay halves them from decay
 * alone; and with Adam or SGD (not decoupled) weight decay acts as an L2 penalty instead.
 * With LoRA or QLoRA only the adapters are trained and decayed: shrinking them moves the
 * model towards its pre-trained weights, not away, so the shrinkage check does not apply
 * (the LoRA paper's GLUE scripts run weight decay 0.1 at 4e-4-5e-4 for tens of epochs).
 */
final class WeightDecayRule implements Rule {

	private static final Set<String> COUPLED = Set.of("adam", "sgd", "rmsprop", "adagrad");

	@Override
	public List<Finding> check(Configuration c) {
		double wd = c.number("weight_decay").orElse(0);
		if (wd <= 0) {
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		double lr = c.number("learning_rate").orElse(0);
		Long total = c.derived().totalSteps();
		if (lr > 0 && total != null && !adapters(c)) {
			// with a decaying schedule the average rate is about half the peak
			double average = c.text("lr_schedule").filter((s) -> s.startsWith("constant")).isPresent() ? lr : lr / 2;
			double kept = Math.exp(-average * wd * total);
			if (kept < 0.5) {
				findings.add(Finding.of("weight_decay", ValidationCodes.WEIGHT_DECAY_SHRINKS_WEIGHTS)
					.related("learning_rate", "max_steps", "num_epochs")
					.value(wd)
					.expected("lr x weight_decay x steps well under 0.7")
					.suggestion(Math.round(0.1 / (average * total) * 1e4) / 1e4)
					.sources("loshchilov-hutter-2019", "pytorch-adamw")
					.message("Over " + total + " steps at learning rate " + Sizes.n(lr) + ", weight decay "
							+ Sizes.n(wd) + " alone shrinks the weights to about " + Sizes.percent(kept)
							+ " of their size, pulling a fine-tuned model away from its pre-trained weights."));
			}
		}
		c.text("optimizer")
			.filter(COUPLED::contains)
			.ifPresent((optimizer) -> findings.add(Finding.of("weight_decay", ValidationCodes.WEIGHT_DECAY_AS_L2)
				.related("optimizer")
				.value(wd)
				.sources("loshchilov-hutter-2019")
				.message("With " + optimizer + ", weight decay is an L2 penalty added to the gradient, which adaptive "
						+ "scaling weakens; AdamW decouples it.")));
		return findings;
	}

	private static boolean adapters(Configuration c) {
		Method method = c.context().method();
		return method == Method.LORA || method == Method.QLORA;
	}

}
