package dev.hparamadvisor.dialect;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Settings that are not among the canonical hyperparameters but that a validation rule or
 * an export needs beside them. The list is closed: a reader never produces a name outside
 * {@link CanonicalParameter} and this enum.
 */
public enum CompanionParameter {

	/** Warmup as a fraction of all optimizer steps. */
	WARMUP_RATIO("warmup_ratio"),
	/** Adam first-moment decay. */
	ADAM_BETA1("adam_beta1"),
	/** Adam second-moment decay. */
	ADAM_BETA2("adam_beta2"),
	/** Adam denominator epsilon. */
	ADAM_EPSILON("adam_epsilon"),
	/** SGD momentum. */
	MOMENTUM("momentum"),
	/** LoRA rank. */
	LORA_R("lora_r"),
	/** LoRA scaling numerator. */
	LORA_ALPHA("lora_alpha"),
	/** Dropout on the LoRA path. */
	LORA_DROPOUT("lora_dropout"),
	/** Modules that get adapters: a list, or a keyword such as {@code all-linear}. */
	LORA_TARGET_MODULES("lora_target_modules"),
	/** Whether generation samples (rather than greedy or beam search). */
	DO_SAMPLE("do_sample"),
	/** Min-p sampling threshold. */
	MIN_P("min_p"),
	/** Multiplicative repetition penalty (HF, vLLM). */
	REPETITION_PENALTY("repetition_penalty"),
	/** Additive presence penalty (OpenAI, vLLM). */
	PRESENCE_PENALTY("presence_penalty"),
	/** Additive frequency penalty (OpenAI, vLLM). */
	FREQUENCY_PENALTY("frequency_penalty"),
	/** Tokens to generate, output only (vLLM and OpenAI {@code max_tokens}). */
	MAX_NEW_TOKENS("max_new_tokens"),
	/**
	 * Prompt plus generated tokens (HF GenerationConfig and LLaMA-Factory
	 * {@code max_length}).
	 */
	GENERATION_MAX_LENGTH("generation_max_length"),
	/**
	 * Completions per prompt ({@code n}, {@code num_return_sequences}, GRPO
	 * {@code num_generations}).
	 */
	NUM_RETURN_SEQUENCES("num_return_sequences"),
	/** When evaluation runs: {@code no}, {@code steps}, {@code epoch}. */
	EVAL_STRATEGY("eval_strategy"),
	/** Optimizer steps between evaluations (a ratio below 1 in HF). */
	EVAL_STEPS("eval_steps"),
	/** Evaluations per epoch (Axolotl). */
	EVALS_PER_EPOCH("evals_per_epoch"),
	/**
	 * When checkpoints are saved: {@code no}, {@code steps}, {@code epoch}, {@code best}.
	 */
	SAVE_STRATEGY("save_strategy"),
	/** Optimizer steps between checkpoints. */
	SAVE_STEPS("save_steps"),
	/** Checkpoints per epoch (Axolotl). */
	SAVES_PER_EPOCH("saves_per_epoch"),
	/** Optimizer steps between log lines. */
	LOGGING_STEPS("logging_steps"),
	/** Whether the best checkpoint is reloaded at the end. */
	LOAD_BEST_MODEL_AT_END("load_best_model_at_end"),
	/** Metric that picks the best checkpoint and drives early stopping. */
	METRIC_FOR_BEST_MODEL("metric_for_best_model"),
	/** Minimum improvement that resets early-stopping patience. */
	EARLY_STOPPING_THRESHOLD("early_stopping_threshold"),
	/** Activation (gradient) checkpointing on or off. */
	GRADIENT_CHECKPOINTING("gradient_checkpointing"),
	/** bfloat16 mixed precision. */
	BF16("bf16"),
	/** float16 mixed precision. */
	FP16("fp16"),
	/** Floor of a decaying schedule as a fraction of the peak learning rate. */
	MIN_LR_RATIO("min_lr_ratio"),
	/**
	 * Global batch: examples per optimizer step over all devices (Axolotl
	 * {@code batch_size}).
	 */
	TOTAL_BATCH_SIZE("total_batch_size"),
	/** Per-device evaluation batch. */
	EVAL_BATCH_SIZE("eval_batch_size"),
	/** Data-parallel devices (world size). */
	NUM_DEVICES("num_devices"),
	/** Packing several examples into one sequence (Axolotl {@code sample_packing}). */
	PACKING("packing"),
	/**
	 * OpenAI fine-tuning learning-rate multiplier: relative, not an absolute learning
	 * rate.
	 */
	LEARNING_RATE_MULTIPLIER("learning_rate_multiplier"),
	/** Preference-optimisation beta (DPO, ORPO, KTO). */
	PREFERENCE_BETA("preference_beta"),
	/** Label smoothing of the cross-entropy loss. */
	LABEL_SMOOTHING("label_smoothing"),
	/** NEFTune embedding-noise alpha. */
	NEFTUNE_NOISE_ALPHA("neftune_noise_alpha"),
	/** Examples held out for evaluation: a fraction below 1 or a count. */
	VALIDATION_SPLIT("validation_split");

	private static final Map<String, CompanionParameter> BY_ID = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(CompanionParameter::id, Function.identity()));

	private final String id;

	CompanionParameter(String id) {
		this.id = id;
	}

	/**
	 * The id, as used in request and response bodies.
	 * @return the snake_case id
	 */
	@JsonValue
	public String id() {
		return this.id;
	}

	/**
	 * The companion with the given id.
	 * @param id a snake_case id
	 * @return the companion, or empty when the id is not a companion
	 */
	public static Optional<CompanionParameter> fromId(String id) {
		return Optional.ofNullable(BY_ID.get(id));
	}

	/**
	 * Whether a name belongs to the reader's output vocabulary.
	 * @param name a name
	 * @return {@code true} for a canonical id or a companion id
	 */
	public static boolean isVocabulary(String name) {
		return BY_ID.containsKey(name) || CanonicalParameter.fromId(name).isPresent();
	}

}
