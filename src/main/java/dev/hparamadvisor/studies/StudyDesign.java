package dev.hparamadvisor.studies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hparamadvisor.recommendation.RecommendRequest;
import dev.hparamadvisor.studies.StudyRequest.Goal;
import dev.hparamadvisor.studies.StudyRequest.Objective;
import dev.hparamadvisor.studies.sampling.SearchSpace;
import org.jspecify.annotations.Nullable;

/**
 * A study's request resolved once, at creation, and stored with it: the space with its
 * priors, the values held fixed, the first point to try, and the scenario they come from.
 *
 * @param objective the metric and its goal
 * @param sampler the sampler
 * @param pruner the pruner
 * @param seed the sampler's seed
 * @param space the searched dimensions, in the order given
 * @param fixed every other value of the configuration, by canonical id (the
 * recommendation's, with a scenario)
 * @param first the first trial's values (the recommendation clamped into the space), for
 * an advised study with a scenario
 * @param scenario the scenario, to write the best configuration as a tool's
 * @param notes what the design decided beyond the request, in words
 */
record StudyDesign(@JsonProperty("objective") Objective objective, @JsonProperty("sampler") StudySampler sampler,
		@JsonProperty("pruner") PrunerKind pruner, @JsonProperty("seed") long seed,
		@JsonProperty("space") List<SpaceDimension> space, @JsonProperty("fixed") Map<String, Object> fixed,
		@JsonProperty("first") @Nullable Map<String, Object> first,
		@JsonProperty("scenario") @Nullable RecommendRequest scenario, @JsonProperty("notes") List<String> notes) {

	StudyDesign {
		space = List.copyOf(space);
		fixed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
		notes = List.copyOf(notes);
	}

	boolean maximize() {
		return this.objective.goal() == Goal.MAXIMIZE;
	}

	/** The space as the sampler takes it; the priors only for an advised study. */
	SearchSpace searchSpace() {
		Map<String, dev.hparamadvisor.studies.sampling.DimensionPrior> priors = new LinkedHashMap<>();
		if (this.sampler == StudySampler.ADVISED) {
			this.space.stream()
				.filter((d) -> d.prior() != null)
				.forEach((d) -> priors.put(d.name(), d.prior().toSampling()));
		}
		return new SearchSpace(this.space.stream().map(SpaceDimension::toSampling).toList(), priors);
	}

	/** Searched values as the sampler and the configuration take them. */
	Map<String, Object> normalise(Map<String, ?> values) {
		Map<String, Object> normal = new LinkedHashMap<>();
		this.space.forEach((d) -> normal.put(d.name(), d.clamp(values.get(d.name()))));
		return normal;
	}

	/** Every value of a trial, ready to run: the fixed ones with the searched ones. */
	Map<String, Object> configuration(Map<String, Object> parameters) {
		Map<String, Object> configuration = new LinkedHashMap<>(this.fixed);
		configuration.putAll(parameters);
		return configuration;
	}

}
