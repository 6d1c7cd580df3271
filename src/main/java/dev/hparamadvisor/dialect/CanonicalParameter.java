package dev.hparamadvisor.dialect;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The project's 19 canonical hyperparameters, by the id every capability uses.
 */
public enum CanonicalParameter {

	/** Peak learning rate, absolute. */
	LEARNING_RATE("learning_rate"),
	/** Per-device micro-batch: examples in one forward/backward pass on one device. */
	BATCH_SIZE("batch_size"),
	/** Passes over the training data (may be fractional). */
	NUM_EPOCHS("num_epochs"),
	/** Hidden-state dropout probability of the model. */
	DROPOUT("dropout"),
	/** Decoupled (AdamW) or L2 weight decay coefficient. */
	WEIGHT_DECAY("weight_decay"),
	/** Training sequence cap in tokens. */
	SEQUENCE_LENGTH("sequence_length"),
	/** Warmup length in optimizer steps. */
	WARMUP_STEPS("warmup_steps"),
	/** Micro-batches accumulated per optimizer step. */
	GRADIENT_ACCUMULATION_STEPS("gradient_accumulation_steps"),
	/**
	 * Optimizer name as the tool spells it (e.g. {@code adamw_torch},
	 * {@code torch.optim.AdamW}).
	 */
	OPTIMIZER("optimizer"),
	/**
	 * Training loss or trainer (e.g. a torchtune loss component, a TRL {@code loss_type},
	 * Axolotl {@code rl}).
	 */
	LOSS_FUNCTION("loss_function"),
	/** Optimizer steps to stop after; overrides epochs. */
	MAX_STEPS("max_steps"),
	/** Parameter count of the model. */
	MODEL_SIZE("model_size"),
	/** Sampling temperature. */
	TEMPERATURE("temperature"),
	/** Nucleus sampling mass. */
	TOP_P("top_p"),
	/** Top-k sampling cut-off. */
	TOP_K("top_k"),
	/** Maximum global gradient norm (clipping threshold). */
	GRADIENT_CLIPPING("gradient_clipping"),
	/** Learning-rate schedule name. */
	LR_SCHEDULE("lr_schedule"),
	/** Attention-probability dropout of the model. */
	ATTENTION_DROPOUT("attention_dropout"),
	/** Evaluations without improvement before training stops. */
	EARLY_STOPPING_PATIENCE("early_stopping_patience");

	private static final Map<String, CanonicalParameter> BY_ID = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(CanonicalParameter::id, Function.identity()));

	private final String id;

	CanonicalParameter(String id) {
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
	 * The parameter with the given id.
	 * @param id a snake_case id
	 * @return the parameter, or empty when the id is not canonical
	 */
	public static Optional<CanonicalParameter> fromId(String id) {
		return Optional.ofNullable(BY_ID.get(id));
	}

}
