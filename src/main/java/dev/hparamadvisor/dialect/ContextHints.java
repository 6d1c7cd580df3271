package dev.hparamadvisor.dialect;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hparamadvisor.catalogue.Method;
import org.jspecify.annotations.Nullable;

/**
 * What a configuration reveals about the context it runs in, beside its hyperparameters.
 * Each part is {@code null} when the configuration does not say.
 *
 * @param method full fine-tuning, LoRA or QLoRA, from Axolotl {@code adapter} and
 * {@code load_in_4bit}, LLaMA-Factory {@code finetuning_type} and
 * {@code quantization_bit}, TRL {@code use_peft} and {@code load_in_4bit}, or a torchtune
 * {@code lora_}/{@code qlora_} model component; {@code null} when partial
 * @param partial some layers trained and the rest frozen (Axolotl
 * {@code unfrozen_parameters} or LISA, LLaMA-Factory {@code finetuning_type: freeze}),
 * which is none of the three methods
 * @param modelName the model as named ({@code base_model}, {@code model_name_or_path},
 * {@code model}, or a torchtune {@code model._component_})
 * @param modelParameters the parameter count read from the model name (see
 * {@link ModelNames#parameterCount(String)})
 * @param task what is trained or run: {@code sft}, {@code chat-sft},
 * {@code multimodal-sft}, {@code instruction}, {@code completion}, {@code pretrain},
 * {@code reward-model}, {@code process-reward-model}, {@code inference}, or a preference
 * or RL method as the tool names it ({@code dpo}, {@code kto}, {@code orpo},
 * {@code grpo}, ...)
 * @param numDevices data-parallel devices, when the configuration states them
 */
public record ContextHints(@JsonProperty("method") @Nullable Method method, @JsonProperty("partial") boolean partial,
		@JsonProperty("model_name") @Nullable String modelName,
		@JsonProperty("model_parameters") @Nullable Long modelParameters, @JsonProperty("task") @Nullable String task,
		@JsonProperty("num_devices") @Nullable Integer numDevices) {

	/** Hints of a configuration that reveals nothing. */
	public static final ContextHints NONE = new ContextHints(null, false, null, null, null, null);

}
