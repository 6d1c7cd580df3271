package dev.hparamadvisor.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.Domain;
import dev.hparamadvisor.catalogue.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * The companion knobs the validator reads beside the 19 hyperparameters and their
 * sub-parameters, with their hard domains and sources. Names follow Hugging Face where it
 * has one; the aliases are other tools' names for the same knob.
 */
final class Companions {

	private static final Map<String, Knob> KNOBS = new LinkedHashMap<>();

	private static final Map<String, String> ALIASES = new LinkedHashMap<>();

	static {
		number("lora_r", true, 1.0, true, null, "peft", "lora_rank", "r", "rank");
		number("lora_alpha", false, 0.0, false, null, "peft");
		text("lora_target_modules", "lora_target", "target_modules");
		bool("do_sample");
		number("min_p", false, 0.0, true, 1.0, "vllm-sampling-params");
		number("repetition_penalty", false, 0.0, false, null, "hf-generation-config");
		number("penalty_alpha", false, 0.0, true, null, "hf-generation-config");
		number("presence_penalty", false, -2.0, true, 2.0, "openai-api");
		number("frequency_penalty", false, -2.0, true, 2.0, "openai-api");
		number("max_new_tokens", true, 1.0, true, null, "hf-generation-config", "max_tokens", "max_completion_tokens");
		choice("eval_strategy", List.of("no", "steps", "epoch"), "evaluation_strategy");
		number("eval_steps", false, 0.0, false, null, "hf-training-args");
		choice("save_strategy", List.of("no", "steps", "epoch", "best"));
		number("save_steps", false, 0.0, false, null, "hf-training-args");
		bool("load_best_model_at_end");
		text("metric_for_best_model");
		bool("gradient_checkpointing");
		bool("bf16");
		bool("fp16");
		number("total_batch_size", true, 1.0, true, null, "axolotl", "train_batch_size", "global_batch_size");
		number("num_devices", true, 1.0, true, null, "hf-training-args", "world_size", "num_gpus");
		bool("packing", "sample_packing");
		number("learning_rate_multiplier", false, 0.0, false, null, "openai-finetuning");
		number("preference_beta", false, 0.0, false, null, "trl", "beta", "pref_beta", "rl_beta", "dpo_beta");
	}

	private Companions() {
	}

	/** The companion with this name or alias. */
	static @Nullable Knob find(String normalizedName) {
		String name = ALIASES.getOrDefault(normalizedName, normalizedName);
		return KNOBS.get(name);
	}

	/** Every companion name. */
	static List<String> names() {
		return List.copyOf(KNOBS.keySet());
	}

	private static void number(String name, boolean integer, double min, boolean minInclusive, @Nullable Double max,
			String source, String... aliases) {
		String description = (integer ? "a whole number " : "a number ") + (minInclusive ? ">= " : "> ")
				+ dev.hparamadvisor.catalogue.Numbers.format(min)
				+ ((max != null) ? " and <= " + dev.hparamadvisor.catalogue.Numbers.format(max) : "");
		Domain domain = new Domain(min, minInclusive, max, true, integer, description, List.of(), List.of(source));
		add(new Knob(name, integer ? ValueType.INTEGER : ValueType.FLOAT, domain, List.of(), null, List.of(source)),
				aliases);
	}

	private static void bool(String name, String... aliases) {
		add(new Knob(name, ValueType.BOOLEAN, null, List.of(), null, List.of()), aliases);
	}

	private static void choice(String name, List<String> choices, String... aliases) {
		add(new Knob(name, ValueType.CHOICE, null, choices, null, List.of("hf-training-args")), aliases);
	}

	private static void text(String name, String... aliases) {
		add(new Knob(name, ValueType.CHOICE, null, List.of(), null, List.of()), aliases);
	}

	private static void add(Knob knob, String... aliases) {
		KNOBS.put(knob.name(), knob);
		for (String alias : aliases) {
			ALIASES.put(alias, knob.name());
		}
	}

}
