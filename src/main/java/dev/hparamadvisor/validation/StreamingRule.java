package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Set;

/**
 * A streamed dataset has no length, so the trainer cannot count the steps of an epoch nor
 * lay out the schedule; Axolotl and LLaMA-Factory refuse streaming without
 * {@code max_steps}.
 */
final class StreamingRule implements Rule {

	private static final Set<String> REFUSED = Set.of(Tools.AXOLOTL, Tools.LLAMA_FACTORY);

	@Override
	public List<Finding> check(Configuration c) {
		if (!c.flag("streaming").orElse(false) || c.number("max_steps", 0) > 0) {
			return List.of();
		}
		return List.of(Finding.of("max_steps", ValidationCodes.STREAMING_WITHOUT_MAX_STEPS, Tools.isFor(c, REFUSED))
			.related("streaming", "num_epochs")
			.value(c.value("max_steps"))
			.expected("max_steps > 0")
			.sources("axolotl-config-checks", "llama-factory-checks")
			.message("The dataset is streamed, so its length is unknown and epochs cannot be counted; Axolotl and "
					+ "LLaMA-Factory refuse streaming without max_steps. Set max_steps to the steps to train."));
	}

}
