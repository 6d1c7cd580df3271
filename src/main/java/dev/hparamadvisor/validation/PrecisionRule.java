package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Precision flags: fp16 and bf16 together are refused by Hugging Face (and LLaMA-Factory,
 * which passes them on), while Axolotl keeps bf16 and drops fp16; fp16 without gradient
 * clipping risks overflow spikes that clipping would contain.
 */
final class PrecisionRule implements Rule {

	@Override
	public List<Finding> check(Configuration c) {
		List<Finding> findings = new ArrayList<>();
		boolean fp16 = c.flag("fp16").orElse(false);
		if (fp16 && c.flag("bf16").orElse(false)) {
			findings.add(Finding.of("fp16", ValidationCodes.FP16_AND_BF16, Tools.isFor(c, Tools.TRAINING_ARGUMENTS))
				.related("bf16")
				.value(true)
				.sources("hf-training-args-checks", "axolotl-config-checks")
				.message("fp16 and bf16 are both on; Hugging Face and LLaMA-Factory refuse the configuration, "
						+ "Axolotl keeps bf16 and drops fp16. Keep bf16 on GPUs that support it (A100, H100, "
						+ "L40S, RTX 30xx/40xx), fp16 otherwise."));
		}
		if (c.number("gradient_clipping").orElse(1) == 0 && (fp16 || c.number("learning_rate").orElse(0) > 1e-3)) {
			findings.add(Finding.of("gradient_clipping", ValidationCodes.CLIPPING_DISABLED)
				.related(fp16 ? "fp16" : "learning_rate")
				.value(0.0)
				.suggestion(1.0)
				.sources("pascanu-2013", "hf-training-args")
				.message("Gradient clipping is off while " + (fp16 ? "training in fp16" : "the learning rate is high")
						+ "; a single bad batch can then blow up the weights. 1.0 is the usual norm."));
		}
		return findings;
	}

}
