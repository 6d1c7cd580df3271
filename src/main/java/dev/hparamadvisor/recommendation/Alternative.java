package dev.hparamadvisor.recommendation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A change that would make an infeasible plan fit, with its estimated memory.
 *
 * @param change what changes, in words
 * @param method the method of the changed plan: full, lora or qlora
 * @param sequenceLength its sequence length
 * @param gpu the GPU it is checked against
 * @param numGpus its number of GPUs
 * @param peakMemoryGib its estimated peak per GPU, one example per micro-batch with
 * gradient checkpointing
 * @param requiredWithMarginGib what a GPU needs for it, margins included
 * @param fits whether it fits that GPU
 * @param estimatedBy {@code estimator}, or {@code approximation} where the estimator does
 * not model the change
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Alternative(@JsonProperty("change") String change, @JsonProperty("method") String method,
		@JsonProperty("sequence_length") int sequenceLength, @JsonProperty("gpu") String gpu,
		@JsonProperty("num_gpus") int numGpus, @JsonProperty("peak_memory_gib") double peakMemoryGib,
		@JsonProperty("required_with_margin_gib") double requiredWithMarginGib, @JsonProperty("fits") boolean fits,
		@JsonProperty("estimated_by") String estimatedBy, @JsonProperty("note") @Nullable String note) {
}
