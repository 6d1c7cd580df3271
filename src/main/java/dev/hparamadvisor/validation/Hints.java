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
		if (task.startsWith("dpo") || task.startsWith("kto") || task.startsWith("orpo") || task.startsWith("ipo")
				|| task.startsWith("simpo")) {
			return Task.PREFERENCE;
		}
		return null;
	}

}
