package dev.hparamadvisor.validation;

import java.util.Locale;

import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.catalogue.Task;
import dev.hparamadvisor.dialect.ContextHints;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a configuration reveals (adapter settings, the model's name, dataset types)
 * into a validation context.
 */
final class Hints {

	private Hints() {
	}

	static ValidationContext context(ContextHints hints) {
		Method method = hints.method();
		Double parameters = (hints.modelParameters() != null) ? hints.modelParameters().doubleValue() : null;
		return new ValidationContext(method, task(hints.task()), parameters, null, null, hints.numDevices(), null);
	}

	static @Nullable Task task(@Nullable String hint) {
		if (hint == null) {
			return null;
		}
		String task = hint.toLowerCase(Locale.ROOT);
		if (task.equals("chat-sft") || task.equals("sft")) {
			return Task.CHAT;
		}
		if (task.equals("instruction")) {
			return Task.INSTRUCTION;
		}
		// online RL (PPO, GRPO and its variants) has no task of its own in the catalogue;
		// it is judged against preference tuning, the nearest practice: both run policy
		// updates against a reference model at 1e-7 to 1e-5
		if (task.startsWith("dpo") || task.startsWith("kto") || task.startsWith("orpo") || task.startsWith("ipo")
				|| task.startsWith("simpo") || task.startsWith("grpo") || task.startsWith("gdpo")
				|| task.startsWith("ppo") || task.startsWith("rloo") || task.equals("rl")) {
			return Task.PREFERENCE;
		}
		return null;
	}

}
