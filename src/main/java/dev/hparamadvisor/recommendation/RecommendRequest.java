package dev.hparamadvisor.recommendation;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hparamadvisor.catalogue.Task;
import dev.hparamadvisor.estimation.EstimateRequest.ModelSpec;
import dev.hparamadvisor.estimation.TrainingPlan;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /v1/recommend}: what is trained, on what data, on what
 * hardware, and what matters most.
 *
 * @param task what the model is trained for, as in {@code /v1/validate}'s context
 * @param method full, lora, qlora, or auto (the best that fits); auto when absent
 * @param model the model, as in {@code /v1/estimate}: a preset, the architecture fields,
 * or the parameter count alone
 * @param dataset the training data
 * @param hardware the GPUs; without them the plan assumes one H100 80GB and says so
 * @param priority quality, balanced or speed; balanced when absent
 */
public record RecommendRequest(@JsonProperty("task") @NotNull Task task,
		@JsonProperty("method") @Nullable MethodChoice method, @JsonProperty("model") @NotNull @Valid ModelSpec model,
		@JsonProperty("dataset") @NotNull @Valid Dataset dataset,
		@JsonProperty("hardware") @Valid @Nullable Hardware hardware,
		@JsonProperty("priority") @Nullable Priority priority) {

	/** The largest dataset accepted, in examples. */
	public static final long MAX_EXAMPLES = 1_000_000_000_000L;

	/**
	 * The training data.
	 *
	 * @param examples training examples (the evaluation set is separate)
	 * @param avgTokens average tokens per example, prompt and response
	 * @param p95Tokens 95th percentile of tokens per example, when known
	 */
	public record Dataset(@JsonProperty("examples") @NotNull @Positive @Max(MAX_EXAMPLES) Long examples,
			@JsonProperty("avg_tokens") @NotNull @Positive @Max(TrainingPlan.MAX_SEQUENCE_LENGTH) Integer avgTokens,
			@JsonProperty("p95_tokens") @Positive @Max(TrainingPlan.MAX_SEQUENCE_LENGTH) @Nullable Integer p95Tokens) {
	}

	/**
	 * The GPUs: a preset, or the memory of one GPU, or both (the memory then overrides).
	 *
	 * @param gpu a GPU of {@code GET /v1/estimate/presets}
	 * @param gpuMemoryGib usable memory of one GPU, GiB
	 * @param numGpus data-parallel GPUs; 1 when absent
	 */
	public record Hardware(@JsonProperty("gpu") @Schema(example = "h100-80gb") @Nullable String gpu,
			@JsonProperty("gpu_memory_gib") @Positive @DecimalMax("100000") @Nullable Double gpuMemoryGib,
			@JsonProperty("num_gpus") @Positive @Max(Scenario.MAX_GPUS) @Nullable Integer numGpus) {
	}

}
