package dev.hparamadvisor.dialect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.hparamadvisor.catalogue.Names;
import tools.jackson.databind.JsonNode;

/**
 * Picks the dialect of a configuration from its keys when the caller names none.
 * <p>
 * Each dialect scores the weights of its distinctive top-level keys present (a key that
 * only that tool uses weighs 2 or 3, a key it shares weighs 1); torchtune scores 10 for a
 * {@code _component_} anywhere; OpenAI scores 4 for a {@code hyperparameters} or
 * {@code method} object; vLLM scores 3 more for {@code max_tokens} beside {@code top_k},
 * {@code min_p} or {@code repetition_penalty}, and 0 when any training key is present;
 * the canonical dialect scores 1 for each canonical id used as a key and 3 for each
 * vocabulary id no tool spells that way. The highest score wins. Ties resolve in the
 * order torchtune, Axolotl, LLaMA-Factory, Hugging Face, OpenAI, vLLM, canonical (the
 * more specific format first), and a configuration with no score at all is read as
 * canonical.
 */
final class DialectDetection {

	private static final List<Dialect> ORDER = List.of(Dialect.TORCHTUNE, Dialect.AXOLOTL, Dialect.LLAMA_FACTORY,
			Dialect.HUGGINGFACE, Dialect.OPENAI, Dialect.VLLM, Dialect.CANONICAL);

	private static final Map<Dialect, Map<String, Integer>> WEIGHTS = Map.of(
			Dialect.AXOLOTL, Map.ofEntries(Map.entry("micro_batch_size", 3), Map.entry("sequence_len", 3),
					Map.entry("base_model", 2), Map.entry("adapter", 2), Map.entry("sample_packing", 2),
					Map.entry("lora_target_linear", 2), Map.entry("val_set_size", 2), Map.entry("evals_per_epoch", 2),
					Map.entry("saves_per_epoch", 2), Map.entry("num_epochs", 1), Map.entry("lr_scheduler", 1),
					Map.entry("optimizer", 1), Map.entry("datasets", 1), Map.entry("special_tokens", 1),
					Map.entry("rl", 1), Map.entry("load_in_8bit", 1), Map.entry("wandb_project", 1)),
			Dialect.LLAMA_FACTORY,
			Map.ofEntries(Map.entry("cutoff_len", 3), Map.entry("finetuning_type", 3), Map.entry("stage", 2),
					Map.entry("template", 2), Map.entry("lora_rank", 2), Map.entry("lora_target", 2),
					Map.entry("quantization_bit", 2), Map.entry("pref_beta", 2), Map.entry("pref_loss", 2),
					Map.entry("dataset_dir", 2), Map.entry("early_stopping_steps", 2),
					Map.entry("disable_gradient_checkpointing", 2), Map.entry("val_size", 1),
					Map.entry("model_name_or_path", 1), Map.entry("per_device_train_batch_size", 1),
					Map.entry("num_train_epochs", 1), Map.entry("lr_scheduler_type", 1)),
			Dialect.HUGGINGFACE, Map.ofEntries(Map.entry("per_device_train_batch_size", 2),
					Map.entry("num_train_epochs", 2), Map.entry("lr_scheduler_type", 2), Map.entry("optim", 2),
					Map.entry("use_peft", 2), Map.entry("dataset_mixer", 2), Map.entry("dataset_mixture", 2),
					Map.entry("generation_config", 3), Map.entry("do_sample", 3), Map.entry("num_beams", 2),
					Map.entry("transformers_version", 3), Map.entry("bos_token_id", 1), Map.entry("eos_token_id", 1),
					Map.entry("pad_token_id", 1), Map.entry("max_grad_norm", 1), Map.entry("model_name_or_path", 1),
					Map.entry("max_seq_length", 1), Map.entry("evaluation_strategy", 1), Map.entry("hub_model_id", 1),
					Map.entry("torch_dtype", 1), Map.entry("max_new_tokens", 1), Map.entry("save_total_limit", 1)),
			Dialect.TORCHTUNE,
			Map.of("epochs", 1, "max_steps_per_epoch", 3, "clip_grad_norm", 2, "enable_activation_checkpointing", 3,
					"optimizer_in_bwd", 3, "checkpointer", 3),
			Dialect.VLLM, Map.of("max_tokens", 2, "top_k", 1, "min_p", 1, "repetition_penalty", 1, "min_tokens", 2,
					"ignore_eos", 2, "skip_special_tokens", 2, "best_of", 2, "stop_token_ids", 2, "use_beam_search", 2),
			Dialect.OPENAI,
			Map.ofEntries(Map.entry("max_completion_tokens", 3), Map.entry("messages", 2),
					Map.entry("presence_penalty", 1), Map.entry("frequency_penalty", 1), Map.entry("n", 1),
					Map.entry("logit_bias", 2), Map.entry("response_format", 2), Map.entry("top_logprobs", 2),
					Map.entry("training_file", 4), Map.entry("validation_file", 2),
					Map.entry("learning_rate_multiplier", 3), Map.entry("n_epochs", 2)));

	/** The same weights by key: one lookup per key instead of one per dialect. */
	private static final Map<String, List<Map.Entry<Dialect, Integer>>> BY_KEY = byKey();

	private static final Set<String> TRAINING = Set.of("learning_rate", "lr", "num_epochs", "num_train_epochs",
			"epochs", "micro_batch_size", "per_device_train_batch_size", "gradient_accumulation_steps", "max_steps",
			"warmup_steps", "warmup_ratio", "optimizer", "optim", "weight_decay", "lr_scheduler", "lr_scheduler_type");

	private static final Set<String> CANONICAL_ONLY = Set.of("sequence_length", "lr_schedule", "loss_function",
			"model_size", "total_batch_size", "preference_beta", "validation_split", "min_lr_ratio",
			"generation_max_length", "label_smoothing", "num_devices");

	private DialectDetection() {
	}

	private static Map<String, List<Map.Entry<Dialect, Integer>>> byKey() {
		Map<String, List<Map.Entry<Dialect, Integer>>> byKey = new HashMap<>();
		for (Dialect dialect : ORDER) {
			WEIGHTS.getOrDefault(dialect, Map.of())
				.forEach((key, weight) -> byKey.computeIfAbsent(key, (k) -> new ArrayList<>())
					.add(Map.entry(dialect, weight)));
		}
		byKey.replaceAll((key, weights) -> List.copyOf(weights));
		return Map.copyOf(byKey);
	}

	static Detection detect(JsonNode root, Set<String> entryIds) {
		Map<Dialect, Integer> scores = new EnumMap<>(Dialect.class);
		Map<Dialect, List<String>> evidence = new EnumMap<>(Dialect.class);
		for (Dialect dialect : ORDER) {
			scores.put(dialect, 0);
			evidence.put(dialect, new ArrayList<>());
		}
		for (String key : root.propertyNames()) {
			String name = Names.normalize(key);
			for (Map.Entry<Dialect, Integer> weight : BY_KEY.getOrDefault(name, List.of())) {
				add(scores, evidence, weight.getKey(), weight.getValue(), key);
			}
			if (CANONICAL_ONLY.contains(name)) {
				add(scores, evidence, Dialect.CANONICAL, 3, key);
			}
			else if (entryIds.contains(name)) {
				add(scores, evidence, Dialect.CANONICAL, 1, key);
			}
			if (TRAINING.contains(name)) {
				scores.put(Dialect.VLLM, Integer.MIN_VALUE / 2);
			}
			JsonNode value = root.get(key);
			if ((name.equals("hyperparameters") || name.equals("method")) && value.isObject()) {
				add(scores, evidence, Dialect.OPENAI, 4, key);
			}
		}
		if (root.has("max_tokens") && (root.has("top_k") || root.has("min_p") || root.has("repetition_penalty"))) {
			add(scores, evidence, Dialect.VLLM, 3, "max_tokens");
		}
		if (hasComponent(root, 0)) {
			add(scores, evidence, Dialect.TORCHTUNE, 10, "_component_");
		}
		Dialect best = Dialect.CANONICAL;
		int bestScore = 0;
		for (Dialect dialect : ORDER) {
			if (scores.get(dialect) > bestScore) {
				best = dialect;
				bestScore = scores.get(dialect);
			}
		}
		return new Detection(best, bestScore, evidence.get(best));
	}

	private static void add(Map<Dialect, Integer> scores, Map<Dialect, List<String>> evidence, Dialect dialect,
			int weight, String key) {
		scores.merge(dialect, weight, Integer::sum);
		evidence.get(dialect).add(key);
	}

	private static boolean hasComponent(JsonNode node, int depth) {
		if (depth > Reading.MAX_DEPTH || !node.isObject()) {
			return false;
		}
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			if (field.getKey().equals("_component_") || hasComponent(field.getValue(), depth + 1)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The outcome.
	 *
	 * @param dialect the dialect picked
	 * @param score its score
	 * @param evidence the keys that scored for it
	 */
	record Detection(Dialect dialect, int score, List<String> evidence) {

		String describe() {
			if (this.score == 0) {
				return "No key is distinctive of any tool; read as canonical";
			}
			return "Read as " + this.dialect.id() + " from " + String.join(", ", this.evidence) + " (score "
					+ this.score + ")";
		}

	}

}
