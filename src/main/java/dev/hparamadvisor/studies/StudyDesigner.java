package dev.hparamadvisor.studies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.RequestProblem.FieldProblem;
import dev.hparamadvisor.catalogue.Catalogue;
import dev.hparamadvisor.recommendation.InvalidScenario;
import dev.hparamadvisor.recommendation.RecommendResponse;
import dev.hparamadvisor.recommendation.Recommender;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a study request into its {@link StudyDesign}: the space (as given, or the
 * default one for the scenario), each dimension's prior for an advised study, the values
 * held fixed at the recommendation, and the first point. Refuses the request, naming
 * every field at fault, when it does not describe a study.
 */
final class StudyDesigner {

	private final Catalogue catalogue;

	private final Recommender recommender;

	private final Priors priors;

	StudyDesigner(Catalogue catalogue, Recommender recommender) {
		this.catalogue = catalogue;
		this.recommender = recommender;
		this.priors = new Priors(catalogue);
	}

	StudyDesign design(StudyRequest request) {
		if (request.budget().maxParallel() > request.budget().maxTrials()) {
			throw InvalidStudy.of("/budget/max_parallel",
					"must not be above max_trials (" + request.budget().maxTrials() + ")");
		}
		RecommendResponse recommendation = recommend(request);
		StudySampler sampler = (request.sampler() != null) ? request.sampler() : StudySampler.ADVISED;
		List<String> notes = new ArrayList<>();
		Map<String, SpaceDimension> space;
		if (request.space() == null || request.space().isEmpty()) {
			if (recommendation == null) {
				throw InvalidStudy.of("/space", "a study without a scenario must name the space it searches");
			}
			space = DefaultSpace.of(recommendation);
			notes.add("No space given: searching " + String.join(", ", space.keySet())
					+ " over the recommender's ranges for the scenario; every other value is the recommendation's.");
		}
		else {
			SpaceResolution resolution = new SpaceResolution(this.catalogue).resolve(request.space());
			if (!resolution.problems.isEmpty()) {
				throw new InvalidStudy(resolution.problems);
			}
			space = resolution.dimensions;
		}
		List<SpaceDimension> dimensions = new ArrayList<>();
		for (SpaceDimension d : space.values()) {
			dimensions.add((sampler == StudySampler.ADVISED) ? d.withPrior(this.priors.of(d, recommendation)) : d);
		}
		Map<String, Object> fixed = new LinkedHashMap<>();
		Map<String, Object> first = null;
		if (recommendation != null) {
			recommendation.configuration().forEach((id, value) -> {
				if (!space.containsKey(id)) {
					fixed.put(id, value);
				}
			});
			if (sampler == StudySampler.ADVISED) {
				first = new LinkedHashMap<>();
				for (SpaceDimension d : dimensions) {
					first.put(d.name(), d.clamp(recommendation.configuration().get(d.name())));
				}
			}
		}
		long seed = (request.seed() != null) ? request.seed() : 0L;
		PrunerKind pruner = (request.pruner() != null) ? request.pruner() : PrunerKind.MEDIAN;
		return new StudyDesign(request.objective(), sampler, pruner, seed, dimensions, fixed, first, request.scenario(),
				notes);
	}

	private @Nullable RecommendResponse recommend(StudyRequest request) {
		if (request.scenario() == null) {
			return null;
		}
		try {
			return this.recommender.recommend(request.scenario());
		}
		catch (InvalidScenario ex) {
			throw new InvalidStudy(
					ex.errors().stream().map((e) -> new FieldProblem("/scenario" + e.pointer(), e.detail())).toList());
		}
	}

}
