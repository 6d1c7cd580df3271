package dev.hparamadvisor.recommendation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hparamadvisor.estimation.EstimateResponse;
import org.jspecify.annotations.Nullable;

/**
 * How the recommendation runs on the hardware: the batch split, the length of the run,
 * the estimator's memory and speed, and, when it cannot fit, why and what would.
 *
 * @param feasible whether the plan fits the GPU by the estimator
 * @param reason why it does not fit, when it does not
 * @param method the method the plan uses: full, lora or qlora
 * @param methodChoice why that method
 * @param hardware the GPUs, and whether they were assumed
 * @param numGpus data-parallel GPUs
 * @param sequenceLength tokens per sequence
 * @param microBatchSize examples per GPU per forward pass
 * @param gradientAccumulationSteps micro-batches per optimizer step
 * @param effectiveBatchSize examples per optimizer step over all GPUs
 * @param targetEffectiveBatchSize the batch aimed at before memory and accumulation
 * limits
 * @param gradientCheckpointing whether blocks are recomputed in backward
 * @param optimizer the optimizer as sized by the estimator
 * @param stepsPerEpoch optimizer steps in one epoch, counted as Hugging Face does
 * @param epochs passes over the data
 * @param totalSteps optimizer steps in the run
 * @param warmupSteps warmup steps
 * @param memory the estimator's peak memory per GPU and its breakdown
 * @param trainingTokens tokens trained on: examples x average tokens x epochs
 * @param tokensPerSecond estimated speed over all GPUs, padded sequences counted in full
 * @param estimatedHours estimated wall-clock time of the run
 * @param timeAssumption what the speed assumes
 * @param search what the memory-fit search tried
 * @param alternatives what would fit, when the plan does not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Plan(@JsonProperty("feasible") boolean feasible, @JsonProperty("reason") @Nullable String reason,
		@JsonProperty("method") String method, @JsonProperty("method_choice") String methodChoice,
		@JsonProperty("hardware") String hardware, @JsonProperty("num_gpus") int numGpus,
		@JsonProperty("sequence_length") int sequenceLength, @JsonProperty("micro_batch_size") int microBatchSize,
		@JsonProperty("gradient_accumulation_steps") int gradientAccumulationSteps,
		@JsonProperty("effective_batch_size") int effectiveBatchSize,
		@JsonProperty("target_effective_batch_size") int targetEffectiveBatchSize,
		@JsonProperty("gradient_checkpointing") boolean gradientCheckpointing,
		@JsonProperty("optimizer") String optimizer, @JsonProperty("steps_per_epoch") long stepsPerEpoch,
		@JsonProperty("epochs") double epochs, @JsonProperty("total_steps") long totalSteps,
		@JsonProperty("warmup_steps") long warmupSteps, @JsonProperty("memory") Memory memory,
		@JsonProperty("training_tokens") long trainingTokens,
		@JsonProperty("tokens_per_second") @Nullable Double tokensPerSecond,
		@JsonProperty("estimated_hours") @Nullable Double estimatedHours,
		@JsonProperty("time_assumption") @Nullable String timeAssumption, @JsonProperty("search") List<String> search,
		@JsonProperty("alternatives") List<Alternative> alternatives) {

	public Plan {
		search = List.copyOf(search);
		alternatives = List.copyOf(alternatives);
	}

	/**
	 * Peak memory per GPU by the estimator, GiB.
	 *
	 * @param peakGib peak allocated memory of a step
	 * @param requiredWithMarginGib what a GPU needs: the peak and the allocator's and
	 * CUDA's margins
	 * @param gpuMemoryGib usable memory of one GPU
	 * @param fits whether the required memory is within the GPU's
	 * @param peakPhase the moment of the step when memory peaks
	 * @param breakdown where the bytes of the peak go
	 * @param margin how the margin was set
	 */
	public record Memory(@JsonProperty("peak_gib") double peakGib,
			@JsonProperty("required_with_margin_gib") double requiredWithMarginGib,
			@JsonProperty("gpu_memory_gib") double gpuMemoryGib, @JsonProperty("fits") boolean fits,
			@JsonProperty("peak_phase") String peakPhase,
			@JsonProperty("breakdown") EstimateResponse.Breakdown breakdown, @JsonProperty("margin") String margin) {
	}

}
