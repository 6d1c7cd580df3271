package dev.hparamadvisor.studies.sampling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.json.JsonMapper;

/**
 * The synthetic response surfaces of {@code studies/objectives.json}, which
 * {@code scripts/compare_optuna.py} reads too: the search space, the practice prior and
 * each surface's regret. The file's "about" defines the surfaces in words.
 *
 * @param space the searched dimensions
 * @param prior the practice prior, by dimension
 * @param surface the surfaces' shared shape
 * @param objectives the surfaces, each with its optimum
 * @param checks regrets computed by the Python side, which this side must reproduce
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SyntheticSurfaces(List<DimensionSpec> space, Map<String, PriorSpec> prior, Surface surface,
		List<Objective> objectives, List<Check> checks) {

	static SyntheticSurfaces load() {
		try (InputStream in = SyntheticSurfaces.class.getResourceAsStream("/studies/objectives.json")) {
			return JsonMapper.builder().build().readValue(in, SyntheticSurfaces.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The space with the practice prior (for the advised sampler) or without. */
	SearchSpace searchSpace(boolean withPrior) {
		List<Dimension> dimensions = this.space.stream().map(DimensionSpec::dimension).toList();
		Map<String, DimensionPrior> priors = new LinkedHashMap<>();
		if (withPrior) {
			this.prior.forEach((name, p) -> priors.put(name,
					new DimensionPrior(p.centre(), p.spread(), Map.of(), "objectives.json practice prior")));
		}
		return new SearchSpace(dimensions, priors);
	}

	Objective objective(String name) {
		return this.objectives.stream().filter((o) -> o.name().equals(name)).findFirst().orElseThrow();
	}

	/** f - 1 at a point: 0 at the objective's optimum, positive elsewhere. */
	double regret(Objective objective, Map<String, Object> point) {
		Map<String, Double> u = new LinkedHashMap<>();
		this.surface.coordinates().forEach((name, kind) -> {
			double d = (coordinate(kind, point.get(name)) - coordinate(kind, objective.optimum().get(name)))
					/ this.surface.scales().get(name);
			if (name.equals("learning_rate") && d > 0) {
				d *= Math.sqrt(this.surface.highLrSteepness());
			}
			u.put(name, d);
		});
		double q = 0;
		for (Map.Entry<String, Double> e : u.entrySet()) {
			q += this.surface.weights().get(e.getKey()) * e.getValue() * e.getValue();
		}
		for (Interaction i : this.surface.interactions()) {
			q += i.coefficient() * u.get(i.a()) * u.get(i.b());
		}
		if (objective.shape().equals("plateau")) {
			double h = this.surface.plateauHeight();
			return h * (1 - Math.exp(-q / h));
		}
		return q;
	}

	private static double coordinate(String kind, Object value) {
		double x = ((Number) value).doubleValue();
		return switch (kind) {
			case "log10" -> Math.log10(x);
			case "log2" -> Math.log(x) / Math.log(2);
			default -> x;
		};
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record DimensionSpec(String name, String kind, double min, double max, boolean log) {

		Dimension dimension() {
			return kind.equals("float") ? Dimension.floating(this.name, this.min, this.max, this.log)
					: Dimension.integer(this.name, (long) this.min, (long) this.max, this.log);
		}

	}

	record PriorSpec(double centre, double spread) {

	}

	record Surface(Map<String, String> coordinates, Map<String, Double> scales, Map<String, Double> weights,
			List<Interaction> interactions, @JsonProperty("high_lr_steepness") double highLrSteepness,
			@JsonProperty("plateau_height") double plateauHeight) {

	}

	record Interaction(String a, String b, double coefficient) {

	}

	record Objective(String name, String prior, String shape, Map<String, Double> optimum) {

	}

	record Check(String objective, Map<String, Object> point, double regret) {

	}

}
