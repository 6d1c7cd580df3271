package dev.hparamadvisor.studies;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A trial as the API shows it.
 *
 * @param number 0, 1, 2... within the study
 * @param state RUNNING, COMPLETED, PRUNED, FAILED or EXPIRED
 * @param parameters the searched values
 * @param configuration every value, ready to run: the searched ones and those held fixed
 * (absent in the list of a study's trials, to keep it short)
 * @param reason why these values
 * @param worker who asked
 * @param value the objective: the completion's value, or a pruned trial's last report
 * @param lastStep the step of the latest report
 * @param failure why it failed, as the worker said
 * @param leaseExpiresAt when a running trial expires without a heartbeat
 * @param startedAt when it was handed out
 * @param finishedAt when it ended
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrialView(@JsonProperty("number") int number, @JsonProperty("state") TrialState state,
		@JsonProperty("parameters") Map<String, Object> parameters,
		@JsonProperty("configuration") @Nullable Map<String, Object> configuration,
		@JsonProperty("reason") String reason, @JsonProperty("worker") @Nullable String worker,
		@JsonProperty("value") @Nullable Double value, @JsonProperty("last_step") @Nullable Long lastStep,
		@JsonProperty("failure") @Nullable String failure,
		@JsonProperty("lease_expires_at") @Nullable Instant leaseExpiresAt,
		@JsonProperty("started_at") Instant startedAt, @JsonProperty("finished_at") @Nullable Instant finishedAt) {

	static TrialView of(Trial trial, StudyDesign design, Instant now, boolean withConfiguration) {
		TrialState state = trial.stateAt(now);
		Map<String, Object> parameters = design.normalise(StudyJson.map(trial.parameters()));
		Instant finished = (state == TrialState.EXPIRED && trial.finishedAt() == null) ? trial.leaseExpiresAt()
				: trial.finishedAt();
		return new TrialView(trial.trialNumber(), state, parameters,
				withConfiguration ? design.configuration(parameters) : null, trial.reason(), trial.worker(),
				trial.objectiveValue(), trial.lastStep(), trial.failure(),
				(state == TrialState.RUNNING) ? trial.leaseExpiresAt() : null, trial.startedAt(), finished);
	}

}
