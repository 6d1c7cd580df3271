package dev.hparamadvisor.estimation;

import dev.hparamadvisor.catalogue.Method;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /v1/estimate}: a training plan.
 *
 * @param model the model: a preset, the architecture fields, or the parameter count alone
 * @param method full, lora or qlora
 * @param precision mixed or bf16
 * @param optimizer adamw when absent
 * @param batchSize sequences per GPU per forward pass (the micro-batch)
 * @param sequenceLength tokens per sequence after padding or packing
 * @param gradientCheckpointing false when absent
 * @param lora the adapters for lora and qlora; r 16 on all linear layers when absent
 * @param gpu the accelerator; without it there is no fit decision and no throughput
 */
public record EstimateRequest(@NotNull @Valid ModelSpec model, @NotNull Method method, @NotNull Precision precision,
		@Nullable Optimizer optimizer,
		@JsonProperty("batch_size") @NotNull @Positive @Max(TrainingPlan.MAX_MICRO_BATCH) Integer batchSize,
		@JsonProperty("sequence_length") @NotNull @Positive @Max(TrainingPlan.MAX_SEQUENCE_LENGTH) Integer sequenceLength,
		@JsonProperty("gradient_checkpointing") @Nullable Boolean gradientCheckpointing, @Valid @Nullable LoraSpec lora,
		@Valid @Nullable GpuSpec gpu) {

	/**
	 * The model: {@code preset}, or the architecture fields, or {@code parameters} alone.
	 */
	@Schema(description = "A preset name, or the architecture fields of the model's config.json, "
			+ "or the parameter count alone (the architecture is then inferred and the response says how)")
	public record ModelSpec(@Nullable String preset,
			@DecimalMin("1") @DecimalMax("1e13") @Schema(example = "8.03e9") @Nullable Double parameters,
			@JsonProperty("hidden_size") @Positive @Max(Architecture.MAX_HIDDEN) @Nullable Integer hiddenSize,
			@JsonProperty("num_layers") @Positive @Max(Architecture.MAX_LAYERS) @Nullable Integer numLayers,
			@JsonProperty("num_attention_heads") @Positive @Max(Architecture.MAX_HIDDEN) @Nullable Integer numAttentionHeads,
			@JsonProperty("num_key_value_heads") @Positive @Max(Architecture.MAX_HIDDEN) @Nullable Integer numKeyValueHeads,
			@JsonProperty("intermediate_size") @Positive @Max(Architecture.MAX_INTERMEDIATE) @Nullable Integer intermediateSize,
			@JsonProperty("vocab_size") @Positive @Max(Architecture.MAX_VOCAB) @Nullable Integer vocabSize,
			@JsonProperty("tie_word_embeddings") @Nullable Boolean tieWordEmbeddings,
			@JsonProperty("attention_bias") @Nullable Boolean attentionBias) {

		boolean hasArchitectureFields() {
			return hiddenSize != null || numLayers != null || numAttentionHeads != null || numKeyValueHeads != null
					|| intermediateSize != null || vocabSize != null;
		}

	}

	/**
	 * LoRA adapters.
	 *
	 * @param r the rank
	 * @param targetModules {@code "all-linear"} or a list of module names
	 */
	public record LoraSpec(@Positive @Max(LoraAdapters.MAX_RANK) @Nullable Integer r,
			@JsonProperty("target_modules") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Schema(
					example = "all-linear",
					description = "\"all-linear\", or names among q_proj, k_proj, v_proj, o_proj, gate_proj, up_proj, down_proj") @Nullable List<String> targetModules) {
	}

	/**
	 * The accelerator.
	 *
	 * @param model a GPU from the presets
	 * @param memoryGib memory of one GPU, instead of or overriding the preset's
	 * @param count GPUs, data-parallel replicas; 1 when absent
	 */
	public record GpuSpec(@Schema(example = "h100-80gb") @Nullable String model,
			@JsonProperty("memory_gib") @Positive @DecimalMax("100000") @Nullable Double memoryGib,
			@Positive @Max(TrainingPlan.MAX_GPUS) @Nullable Integer count) {
	}

}
