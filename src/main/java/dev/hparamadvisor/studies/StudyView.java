package dev.hparamadvisor.studies;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hparamadvisor.studies.StudyRequest.Budget;
import dev.hparamadvisor.studies.StudyRequest.Objective;
import org.jspecify.annotations.Nullable;

/**
 * A study as the API shows it.
 *
 * @param id its id
 * @param name its name
 * @param state running while trials may still be given, finished when the budget is spent
 * and none runs
 * @param objective the metric and its goal
 * @param sampler the sampler
 * @param pruner the pruner
 * @param seed the sampler's seed
 * @param budget trials in all and at once
 * @param space each searched dimension, with its prior for an advised study
 * @param fixed every other value of the configuration
 * @param notes what was decided beyond the request
 * @param counts the trials by state
 * @param best the best completed trial, with its configuration
 * @param trials every trial, by number (in the list of studies: absent)
 * @param page where people can watch it
 * @param createdAt when it was created
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StudyView(@JsonProperty("id") String id, @JsonProperty("name") String name,
		@JsonProperty("state") String state, @JsonProperty("objective") Objective objective,
		@JsonProperty("sampler") StudySampler sampler, @JsonProperty("pruner") PrunerKind pruner,
		@JsonProperty("seed") long seed, @JsonProperty("budget") Budget budget,
		@JsonProperty("space") List<SpaceDimension> space, @JsonProperty("fixed") Map<String, Object> fixed,
		@JsonProperty("notes") List<String> notes, @JsonProperty("counts") Counts counts,
		@JsonProperty("best") @Nullable TrialView best, @JsonProperty("trials") @Nullable List<TrialView> trials,
		@JsonProperty("page") String page, @JsonProperty("created_at") Instant createdAt) {

	/**
	 * The trials by state.
	 *
	 * @param running handed out, lease alive
	 * @param completed ended with a value
	 * @param pruned stopped by the pruner
	 * @param failed ended by a failure
	 * @param expired lease ran out; not counted
	 * @param counted the trials that count towards max_trials (all but expired)
	 * @param remaining trials the budget still allows
	 */
	public record Counts(@JsonProperty("running") int running, @JsonProperty("completed") int completed,
			@JsonProperty("pruned") int pruned, @JsonProperty("failed") int failed,
			@JsonProperty("expired") int expired, @JsonProperty("counted") int counted,
			@JsonProperty("remaining") int remaining) {
	}

}
