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
 * closest known names; an error only where the tool named checks the name against a
 * closed enum and would refuse it at start-up: Hugging Face's {@code optim} and
 * {@code lr_scheduler_type}, Axolotl's {@code optimizer}, {@code lr_scheduler} and
 * {@code rl}, LLaMA-Factory's {@code optim}, {@code lr_scheduler_type}, {@code stage} and
 * {@code pref_loss}. An import path ({@code module.path.Class}, a torchtune
 * {@code _component_}) is imported by the tool, which the service cannot see: an unknown
 * one is an INFO that it is not known here, never a refusal. A name the tool's enum
 * accepts but the catalogue does not model (Axolotl's {@code rl: ebft}) gets no finding.
 */
final class ChoiceRule implements Rule {

	/** Knob to the tools that refuse a name they do not know for it. */
	private static final Map<String, Set<String>> STRICT = Map.of("optimizer",
			Set.of("huggingface", "llamafactory", "axolotl"), "lr_schedule",
			Set.of("huggingface", "llamafactory", "axolotl"), "loss_function", Set.of("llamafactory", "axolotl"));

	/**
	 * Names a tool's enum accepts that the catalogue has no choice for: Axolotl's
	 * {@code RLType} ({@code src/axolotl/utils/schemas/enums.py}; {@code ebft} from its
	 * examples at commit 067b021c8b87).
	 */
	private static final Map<String, Set<String>> TOOL_ONLY = Map.of("axolotl/loss_function", Set.of("ebft"));

	/** A dotted import path: {@code torchao.optim.AdamW8bit}. */
	private static final java.util.regex.Pattern IMPORT_PATH = java.util.regex.Pattern
		.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+");

	private static final Map<String, List<String>> SOURCES = Map.of("optimizer", List.of("hf-training-args", "axolotl"),
			"lr_schedule", List.of("hf-training-args", "axolotl"), "loss_function",
			List.of("axolotl", "llama-factory", "torchtune"));

	@Override
	public List<Finding> check(Configuration configuration) {
		List<Finding> findings = new ArrayList<>();
		for (Hyperparameter entry : configuration.catalogue().all()) {
			configuration.text(entry.id())
				.filter((value) -> !entry.choices().isEmpty() && entry.choice(value).isEmpty())
				.filter((value) -> !TOOL_ONLY.getOrDefault(configuration.dialect() + "/" + entry.id(), Set.of())
					.contains(value.trim().toLowerCase(java.util.Locale.ROOT)))
				.ifPresent((value) -> findings
					.add(IMPORT_PATH.matcher(value.trim()).matches() ? component(entry, value, configuration.dialect())
							: unknown(entry, value, configuration.dialect())));
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

	/**
	 * An import path the service does not know: the tool imports it at start-up, and only
	 * it can say whether it exists.
	 */
	private Finding component(Hyperparameter entry, String value, @Nullable String dialect) {
		String shown = (value.length() > 80) ? value.substring(0, 80) + "..." : value;
		String tool = (dialect != null) ? dialect : "the tool";
		return Finding.of(entry.id(), ValidationCodes.UNKNOWN_COMPONENT)
			.value(shown)
			.expected(String.join(", ", entry.choices().stream().map(Choice::value).toList()))
			.sources(SOURCES.getOrDefault(entry.id(), List.of("hf-training-args", "axolotl")))
			.message("'" + shown + "' is an import path the service does not know, so the "
					+ entry.name().toLowerCase(java.util.Locale.ROOT) + " was not checked; " + tool
					+ " imports it at start-up and only then finds whether it exists.");
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
