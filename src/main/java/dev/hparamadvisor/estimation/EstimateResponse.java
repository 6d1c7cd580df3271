package dev.hparamadvisor.estimation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code POST /v1/estimate}. Memory is per GPU; GiB are 2^30 bytes.
 *
 * @param peakMemoryGib peak allocated memory of a step, as
 * {@code torch.cuda.max_memory_allocated} reports it
 * @param peakPhase the moment of the step when memory peaks
 * @param breakdown the parts of the peak
 * @param fits whether the plan fits on the GPU with the margin; null without a GPU
 * @param gpuMemoryGib usable memory of one GPU; null without a GPU
 * @param requiredWithMarginGib the memory a GPU needs: peak plus margins
 * @param margin how the margin was set
 * @param trainableParameters parameters the optimizer updates
 * @param totalParameters all parameters, adapters included
 * @param architecture the architecture estimated, given, from a preset or inferred
 * @param throughput speed on the named GPU; null when the GPU's peaks are unknown
 * @param assumptions what the estimate assumed beyond the request
 */
public record EstimateResponse(@JsonProperty("peak_memory_gib") double peakMemoryGib,
		@JsonProperty("peak_phase") @Schema(example = "backward_start") String peakPhase, Breakdown breakdown,
		@Nullable Boolean fits, @JsonProperty("gpu_memory_gib") @Nullable Double gpuMemoryGib,
		@JsonProperty("required_with_margin_gib") double requiredWithMarginGib, String margin,
		@JsonProperty("trainable_parameters") long trainableParameters,
		@JsonProperty("total_parameters") long totalParameters, Architecture architecture,
		@Nullable ThroughputView throughput, List<String> assumptions) {

	/**
	 * The parts of the peak, GiB.
	 */
	public record Breakdown(@JsonProperty("weights_gib") double weightsGib,
			@JsonProperty("gradients_gib") double gradientsGib,
			@JsonProperty("optimizer_states_gib") double optimizerStatesGib,
			@JsonProperty("activations_gib") double activationsGib,
			@JsonProperty("logits_and_loss_gib") double logitsAndLossGib,
			@JsonProperty("framework_overhead_gib") double frameworkOverheadGib) {

		/** The breakdown in GiB, rounded to three decimals. */
		public static Breakdown of(MemoryBreakdown b) {
			return new Breakdown(gib(b.weights()), gib(b.gradients()), gib(b.optimizerStates()), gib(b.activations()),
					gib(b.logitsAndLoss()), gib(b.frameworkOverhead()));
		}

	}

	/**
	 * Estimated speed without gradient accumulation.
	 */
	public record ThroughputView(@JsonProperty("tokens_per_second") double tokensPerSecond,
			@JsonProperty("step_seconds") double stepSeconds, @JsonProperty("tokens_per_step") long tokensPerStep,
			@JsonProperty("flops_per_token") double flopsPerToken,
			@JsonProperty("model_flops_utilization") double modelFlopsUtilization, String assumption) {

		static ThroughputView of(Throughput t) {
			return new ThroughputView(round(t.tokensPerSecond(), 1), round(t.stepSeconds(), 4), t.tokensPerStep(),
					t.flopsPerToken(), round(t.modelFlopsUtilization(), 3), t.assumption());
		}

	}

	static double gib(double bytes) {
		return round(bytes / MemoryEstimate.GIB, 3);
	}

	static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

}
