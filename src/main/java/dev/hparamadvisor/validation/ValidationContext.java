package dev.hparamadvisor.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.catalogue.Task;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * What the validator knows about the run beyond its hyperparameters. Every field is
 * optional; rules that need a missing fact stay silent.
 *
 * @param method full fine-tuning, LoRA or QLoRA
 * @param task what the model is trained for
 * @param modelParameters the model's size in parameters
 * @param modelMaxContext the model's context window in tokens
 * @param datasetExamples how many training examples there are
 * @param numDevices how many GPUs train data-parallel
 * @param gpuMemoryGib memory of one GPU in GiB
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValidationContext(@JsonProperty("method") @Nullable Method method,
		@JsonProperty("task") @Nullable Task task,
		@JsonProperty("model_parameters") @Schema(
				example = "8.0e9") @Positive @DecimalMax("1e14") @Nullable Double modelParameters,
		@JsonProperty("model_max_context") @Positive @Max(100_000_000) @Nullable Long modelMaxContext,
		@JsonProperty("dataset_examples") @Positive @Max(1_000_000_000_000L) @Nullable Long datasetExamples,
		@JsonProperty("num_devices") @Positive @Max(1_000_000) @Nullable Integer numDevices,
		@JsonProperty("gpu_memory_gib") @Positive @DecimalMax("100000") @Nullable Double gpuMemoryGib) {

	/** A context that knows nothing. */
	public static final ValidationContext EMPTY = new ValidationContext(null, null, null, null, null, null, null);

	/** This context, with the other's facts filling the gaps. */
	public ValidationContext orElse(ValidationContext other) {
		return new ValidationContext((this.method != null) ? this.method : other.method,
				(this.task != null) ? this.task : other.task,
				(this.modelParameters != null) ? this.modelParameters : other.modelParameters,
				(this.modelMaxContext != null) ? this.modelMaxContext : other.modelMaxContext,
				(this.datasetExamples != null) ? this.datasetExamples : other.datasetExamples,
				(this.numDevices != null) ? this.numDevices : other.numDevices,
				(this.gpuMemoryGib != null) ? this.gpuMemoryGib : other.gpuMemoryGib);
	}

	/**
	 * This context without the facts that cannot be true (zero, negative or not finite),
	 * which the rules then treat as unknown. Requests are checked before they get here;
	 * this guards callers in the same process.
	 */
	public ValidationContext withoutImpossibleFacts() {
		return new ValidationContext(this.method, this.task, positive(this.modelParameters),
				(this.modelMaxContext != null && this.modelMaxContext > 0) ? this.modelMaxContext : null,
				(this.datasetExamples != null && this.datasetExamples > 0) ? this.datasetExamples : null,
				(this.numDevices != null && this.numDevices > 0) ? this.numDevices : null, positive(this.gpuMemoryGib));
	}

	private static @Nullable Double positive(@Nullable Double value) {
		return (value != null && Double.isFinite(value) && value > 0) ? value : null;
	}

	/** The number of data-parallel devices, one when not said. */
	public int devices() {
		return (this.numDevices != null) ? this.numDevices : 1;
	}

}
