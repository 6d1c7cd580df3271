package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.hparamadvisor.catalogue.Choice;
import dev.hparamadvisor.catalogue.Hyperparameter;
import dev.hparamadvisor.catalogue.Names;
import dev.hparamadvisor.catalogue.Term;
import org.jspecify.annotations.Nullable;

/**
 * Names of optimizers, losses and schedules the service does not know. A warning with the
 * closest known names; an error when the configuration is for a training tool that would
 * refuse the name at start-up: Hugging Face, LLaMA-Factory and Axolotl check optimizer
 * and schedule names against fixed lists, Axolotl ({@code rl}) and LLaMA-Factory
 * ({@code stage}, {@code pref_loss}) check loss names against enums, and torchtune
 * imports every component path. Hugging Face has no loss-name field of its own, so an
 * unknown loss stays a warning there.
 */
final class ChoiceRule implements Rule {

	/** Knob to the tools that refuse a name they do not know for it. */
	private static final Map<String, Set<String>> STRICT = Map.of("optimizer",
			Set.of("huggingface", "llamafactory", "axolotl", "torchtune"), "lr_schedule",
			Set.of("huggingface", "llamafactory", "axolotl", "torchtune"), "loss_function",
			Set.of("llamafactory", "axolotl", "torchtune"));

	private static final Map<String, List<String>> SOURCES = Map.of("optimizer", List.of("hf-training-args", "axolotl"),
			"lr_schedule", List.of("hf-training-args", "axolotl"), "loss_function",
			List.of("axolotl", "llama-factory", "torchtune"));

	@Override
	public List<Finding> check(Configuration configuration) {
		List<Finding> findings = new ArrayList<>();
		for (Hyperparameter entry : configuration.catalogue().all()) {
			configuration.text(entry.id())
				.filter((value) -> !entry.choices().isEmpty() && entry.choice(value).isEmpty())
				.ifPresent((value) -> findings.add(unknown(entry, value, configuration.dialect())));
		}
		for (String companion : List.of("eval_strategy", "save_strategy")) {
			Term knob = configuration.catalogue().term(companion).orElseThrow();
			configuration.text(companion)
				.filter((value) -> !knob.choices().contains(value))
				.ifPresent((value) -> findings.add(Finding.of(companion, ValidationCodes.UNKNOWN_CHOICE, true)
					.value(value)
					.expected(String.join(", ", knob.choices()))
					.sources(knob.sources())
					.message(companion + " = '" + value + "' is not a strategy the trainers know; use one of "
							+ String.join(", ", knob.choices()) + ".")));
		}
		return findings;
	}

	private Finding unknown(Hyperparameter entry, String value, @Nullable String dialect) {
		List<String> names = new ArrayList<>();
		for (Choice choice : entry.choices()) {
			names.add(choice.value());
			names.addAll(choice.aliases());
		}
		List<String> closest = Names.closest(value, names, 3)
			.stream()
			.map((name) -> entry.choice(name).map(Choice::value).orElse(name))
			.distinct()
			.toList();
		boolean strict = dialect != null && STRICT.getOrDefault(entry.id(), Set.of()).contains(dialect);
		String shown = (value.length() > 80) ? value.substring(0, 80) + "..." : value;
		return Finding.of(entry.id(), ValidationCodes.UNKNOWN_CHOICE, strict)
			.value(shown)
			.expected(String.join(", ", entry.choices().stream().map(Choice::value).toList()))
			.suggestion(closest.isEmpty() ? null : closest.get(0))
			.sources(SOURCES.getOrDefault(entry.id(), List.of("hf-training-args", "axolotl")))
			.message("'" + shown + "' is not a " + entry.name().toLowerCase(java.util.Locale.ROOT)
					+ " the service knows" + (strict ? ", and " + dialect + " would refuse it at start-up" : "")
					+ (closest.isEmpty() ? "." : "; did you mean " + String.join(", ", closest) + "?"));
	}

}
