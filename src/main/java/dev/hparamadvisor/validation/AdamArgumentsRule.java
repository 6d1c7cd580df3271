package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adam's own arguments: beta2 not above beta1 makes the second moment track faster than
 * the first; an epsilon of 1e-4 or more turns Adam towards plain momentum; an epsilon of
 * 0 risks dividing by zero; betas or epsilon given to an optimizer that does not use them
 * are silently ignored, and so is momentum given to Adam.
 */
final class AdamArgumentsRule implements Rule {

	private static final Set<String> ADAM_FAMILY = Set.of("adamw", "adam", "ademamix", "galore", "apollo",
			"stable_adamw", "grokadamw", "adopt", "schedule_free", "lomo");

	private static final Set<String> USES_BETAS = Set.of("adamw", "adam", "ademamix", "galore", "apollo",
			"stable_adamw", "grokadamw", "adopt", "schedule_free", "lion", "came", "lomo");

	@Override
	public List<Finding> check(Configuration c) {
		List<Finding> findings = new ArrayList<>();
		double beta1 = c.number("adam_beta1").orElse(0.9);
		double beta2 = c.number("adam_beta2").orElse(0.999);
		if ((c.has("adam_beta1") || c.has("adam_beta2")) && beta2 <= beta1 && beta1 < 1 && beta2 >= 0) {
			findings.add(Finding.of("adam_beta2", ValidationCodes.BETA2_NOT_ABOVE_BETA1)
				.related("adam_beta1")
				.value(beta2)
				.expected("beta2 above beta1 (0.95-0.999 with beta1 0.9)")
				.suggestion(0.999)
				.sources("kingma-ba-2015", "pytorch-adamw")
				.message("adam_beta2 (" + Sizes.n(beta2) + ") is not above adam_beta1 (" + Sizes.n(beta1)
						+ "): the second-moment estimate would react faster than the first, which makes steps erratic."));
		}
		c.number("adam_epsilon").ifPresent((eps) -> {
			if (eps >= 1e-4) {
				findings.add(Finding.of("adam_epsilon", ValidationCodes.EPSILON_TOO_LARGE)
					.value(eps)
					.expected("1e-8 (PyTorch's default) to 1e-6")
					.suggestion(1e-8)
					.sources("kingma-ba-2015", "pytorch-adamw")
					.message("adam_epsilon = " + Sizes.n(eps) + " dominates the second-moment term for most weights, "
							+ "so Adam behaves like SGD with momentum and a rescaled learning rate."));
			}
			else if (eps == 0) {
				findings.add(Finding.of("adam_epsilon", ValidationCodes.EPSILON_ZERO)
					.value(eps)
					.suggestion(1e-8)
					.sources("pytorch-adamw")
					.message("adam_epsilon = 0 divides by zero wherever a gradient's second moment is zero."));
			}
		});
		String optimizer = c.text("optimizer").orElse(null);
		if (optimizer != null) {
			if (!USES_BETAS.contains(optimizer)) {
				for (String name : List.of("adam_beta1", "adam_beta2", "adam_epsilon")) {
					if (c.has(name)) {
						findings.add(ignored(name, optimizer, c));
					}
				}
			}
			if (ADAM_FAMILY.contains(optimizer) && c.has("momentum")) {
				findings.add(ignored("momentum", optimizer, c));
			}
		}
		return findings;
	}

	private static Finding ignored(String name, String optimizer, Configuration c) {
		return Finding.of(name, ValidationCodes.OPTIMIZER_ARGUMENT_IGNORED)
			.related("optimizer")
			.value(c.value(name))
			.sources("axolotl", "pytorch-sgd", "pytorch-adamw")
			.message(name + " is set but the optimizer is " + optimizer + ", which does not use it; it is silently "
					+ "ignored.");
	}

}
