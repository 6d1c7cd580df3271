package dev.hparamadvisor.studies;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The bodies a worker sends about its trial. */
final class TrialRequests {

	private TrialRequests() {
	}

	/**
	 * The body of an ask.
	 *
	 * @param worker who asks, for people reading the study (a host name, a job id)
	 */
	record Ask(@JsonProperty("worker") @Size(max = 200) @Schema(example = "gpu-node-3") @Nullable String worker) {
	}

	/**
	 * An intermediate value.
	 *
	 * @param step the training step (or epoch) it was measured at
	 * @param value the objective at that step
	 */
	record Report(@JsonProperty("step") @NotNull @PositiveOrZero @Schema(example = "200") Long step,
			@JsonProperty("value") @NotNull @Schema(example = "1.93") Double value) {
	}

	/**
	 * The end of a trial: a value, or a failure.
	 *
	 * @param value the objective at the end (required unless the state is FAILED)
	 * @param state COMPLETED (the default) or FAILED
	 * @param reason why it failed; a failure that names memory ("CUDA out of memory",
	 * "OOM") marks the region as infeasible for the sampler
	 */
	record Complete(@JsonProperty("value") @Schema(example = "1.41") @Nullable Double value,
			@JsonProperty("state") @Nullable Ending state,
			@JsonProperty("reason") @Size(max = 2000) @Nullable String reason) {
	}

	/** How a worker ends a trial. */
	enum Ending {

		@JsonProperty("COMPLETED")
		COMPLETED, @JsonProperty("FAILED")
		FAILED

	}

	/**
	 * The pruner's answer to a report.
	 *
	 * @param decision continue or prune
	 * @param reason why, with the numbers compared
	 */
	record Decision(@JsonProperty("decision") @Schema(allowableValues = {
			"continue", "prune" }) String decision, @JsonProperty("reason") String reason){

		static Decision proceed(String reason) {
			return new Decision("continue", reason);
		}

		static Decision prune(String reason) {
			return new Decision("prune", reason);
		}

		boolean pruned() {
			return this.decision.equals("prune");
		}

	}

}
