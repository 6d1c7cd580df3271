package dev.hparamadvisor.dialect;

import java.util.Set;

/**
 * What a key is when no rule of {@link KeyTable} maps it: a section the reader does not
 * look into, or a known knob outside the vocabulary. Whether any other name looks like a
 * hyperparameter is {@link dev.hparamadvisor.catalogue.Names#looksLikeHyperparameter}.
 */
final class KeyKinds {

	/**
	 * Objects and lists read as a whole and ignored: datasets, tokens, distributed and
	 * quantization set-ups, plugin sections, request payloads. Their inner keys would
	 * otherwise be mistaken for knobs (Axolotl's {@code vllm.max_model_len} is a server
	 * setting, not the training sequence length).
	 */
	private static final Set<String> OPAQUE = Set.of("datasets", "test_datasets", "pretraining_dataset", "dataset",
			"dataset_mixer", "dataset_mixture", "special_tokens", "tokens", "fsdp", "fsdp_config", "deepspeed",
			"plugins", "checkpointer", "metric_logger", "profiler", "messages", "prompt", "tools", "response_format",
			"logit_bias", "stop", "ebft", "diffusion", "qat", "llmcompressor", "bnb_config_kwargs",
			"quantization_config", "peft", "gradient_checkpointing_kwargs", "accelerator_config", "dataset_kwargs",
			"model_init_kwargs", "chat_template_kwargs", "generation_kwargs", "flex_attn_compile_kwargs", "vllm",
			"reward_funcs", "reward_weights", "integrations", "metadata");

	/**
	 * Knobs the tools define that look like hyperparameters but that the vocabulary does
	 * not model; they are ignored, not unknown.
	 */
	private static final Set<String> KNOWN_ELSEWHERE = Set.of("max_steps_per_epoch", "optimizer_in_bwd",
			"lr_quadratic_warmup", "cosine_constant_lr_ratio", "jagged_restart_steps", "jagged_restart_warmup_steps",
			"jagged_restart_anneal_steps", "relora_steps", "relora_warmup_steps", "relora_anneal_steps",
			"lisa_step_interval", "embedding_lr", "embedding_lr_scale", "lr_groups", "loraplus_lr_ratio",
			"loraplus_lr_embedding", "optim_args", "optim_target_modules", "adam_beta3", "adam_epsilon2", "trl.epsilon",
			"trl.epsilon_high", "penalty_alpha", "length_penalty", "epsilon_cutoff", "logging_first_step",
			"eval_accumulation_steps", "auto_find_batch_size", "lr_scheduler_kwargs", "lr_scheduler_kwargs.min_lr",
			"lr_scheduler_kwargs.num_cycles", "lr_scheduler_kwargs.power", "eval_delay", "rl_beta_schedule",
			"pad_to_multiple_of_batch", "batch_flattening", "max_grad_norm_type", "warmup_min_lr", "flash_optimum");

	private KeyKinds() {
	}

	static boolean isOpaque(String normalizedKey) {
		return OPAQUE.contains(normalizedKey);
	}

	static boolean isKnownElsewhere(String normalizedPath) {
		return KNOWN_ELSEWHERE.contains(normalizedPath) || KNOWN_ELSEWHERE.contains(leaf(normalizedPath));
	}

	static String leaf(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

}
