package dev.hparamadvisor.studies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.hparamadvisor.catalogue.Catalogue;
import dev.hparamadvisor.catalogue.Hyperparameter;
import dev.hparamadvisor.catalogue.PracticeRange;
import dev.hparamadvisor.recommendation.RecommendResponse;
import dev.hparamadvisor.recommendation.RecommendedValue;
import dev.hparamadvisor.recommendation.RecommendedValue.Range;
import dev.hparamadvisor.studies.StudyRequest.DimensionType;
import org.jspecify.annotations.Nullable;

/**
 * The prior of each dimension of an advised study. With a scenario: centred on the
 * recommended value, with a spread of a quarter of the practice range for the scenario's
 * context (so the range spans about two standard deviations each side; on a log dimension
 * in log10 units: a range [lo, hi] gives (log10 hi - log10 lo) / 4). Without one: the
 * catalogue's practice envelope (the union of its practice ranges, or a sub-parameter's
 * typical span), centred in the middle, with the same quarter. A choice gets half the
 * weight on the recommended value, or twice the weight on the values seen in practice. No
 * evidence, no prior: the dimension stays flat.
 */
final class Priors {

	/** A range of practice spans about four standard deviations (two each side). */
	static final double STANDARD_DEVIATIONS_PER_RANGE = 4;

	private final Catalogue catalogue;

	Priors(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Nullable Prior of(SpaceDimension d, @Nullable RecommendResponse recommendation) {
		Optional<RecommendedValue> advised = (recommendation != null)
				? recommendation.recommendations().stream().filter((r) -> r.id().equals(d.name())).findFirst()
				: Optional.empty();
		if (advised.isPresent()) {
			return recommended(d, advised.get());
		}
		return envelope(d);
	}

	private Prior recommended(SpaceDimension d, RecommendedValue advised) {
		Range range = advised.range();
		String from = "POST /v1/recommend for the scenario: " + advised.value();
		if (d.type() == DimensionType.CHOICE) {
			return choices(d, List.of(String.valueOf(advised.value())), from + "; half the weight on it");
		}
		double centre = ((Number) d.clamp(advised.value())).doubleValue();
		if (range != null && range.min() != null && range.max() != null) {
			return Prior.numeric(centre, spread(d, range.min(), range.max()),
					from + "; spread from the practice range '" + range.label() + "', " + range.min() + " to "
							+ range.max() + " (" + String.join(", ", range.sources()) + ")");
		}
		return Prior.numeric(centre, spread(d, d.min(), d.max()), from + "; spread from the searched range");
	}

	private @Nullable Prior envelope(SpaceDimension d) {
		Optional<Hyperparameter> entry = this.catalogue.find(d.name()).filter((e) -> e.id().equals(d.name()));
		if (d.type() == DimensionType.CHOICE) {
			List<String> seen = entry.map((e) -> e.practice().stream().flatMap((p) -> p.values().stream()).toList())
				.orElse(List.of());
			return seen.isEmpty() ? null : choices(d, seen, "the catalogue's practice ranges of " + d.name()
					+ ": twice the weight on the values seen in practice");
		}
		Double lo = null;
		Double hi = null;
		java.util.Set<String> sources = new java.util.TreeSet<>();
		if (entry.isPresent()) {
			for (PracticeRange p : entry.get().practice()) {
				if (p.min() != null && p.max() != null && (!d.log() || p.min() > 0)) {
					lo = (lo == null) ? p.min() : Math.min(lo, p.min());
					hi = (hi == null) ? p.max() : Math.max(hi, p.max());
					sources.addAll(p.sources());
				}
			}
		}
		else {
			var sub = this.catalogue.findSubParameter(d.name());
			if (sub.isPresent() && sub.get().sub().typical() != null
					&& (!d.log() || sub.get().sub().typical().min() > 0)) {
				lo = sub.get().sub().typical().min();
				hi = sub.get().sub().typical().max();
				sources.addAll(sub.get().sub().sources());
			}
		}
		if (lo == null || hi == null || hi <= lo) {
			return null;
		}
		double middle = d.log() ? Math.sqrt(lo * hi) : (lo + hi) / 2;
		double centre = ((Number) d.clamp(middle)).doubleValue();
		return Prior.numeric(centre, spread(d, lo, hi), "the catalogue's practice envelope of " + d.name() + ", " + lo
				+ " to " + hi + " (" + String.join(", ", sources) + "), centred in its middle");
	}

	private static double spread(SpaceDimension d, double lo, double hi) {
		double width = d.log() ? Math.log10(hi) - Math.log10(lo) : hi - lo;
		return width / STANDARD_DEVIATIONS_PER_RANGE;
	}

	private static Prior choices(SpaceDimension d, List<String> favoured, String source) {
		Map<String, Double> weights = new LinkedHashMap<>();
		boolean recommended = favoured.size() == 1;
		List<String> hits = d.choices().stream().filter(favoured::contains).toList();
		for (String choice : d.choices()) {
			double weight;
			if (hits.isEmpty()) {
				weight = 1.0 / d.choices().size();
			}
			else if (recommended) {
				weight = hits.contains(choice) ? 0.5 + 0.5 / d.choices().size() : 0.5 / d.choices().size();
			}
			else {
				weight = (hits.contains(choice) ? 2.0 : 1.0) / (d.choices().size() + hits.size());
			}
			weights.put(choice, weight);
		}
		return Prior.choices(weights, hits.isEmpty() ? source + " (none of them among the choices: uniform)" : source);
	}

}
