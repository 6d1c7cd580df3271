package dev.hparamadvisor.recommendation;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.hparamadvisor.catalogue.Catalogue;
import dev.hparamadvisor.catalogue.Hyperparameter;
import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.catalogue.PracticeRange;
import dev.hparamadvisor.catalogue.SubParameter;
import dev.hparamadvisor.recommendation.RecommendedValue.Range;
import org.jspecify.annotations.Nullable;

/**
 * The range shown beside each value: the catalogue's practice range for the scenario's
 * context (method, task, model size) where one applies, else the ebook's range, a
 * sub-parameter's typical span, or the span of the rule that chose a companion. The
 * catalogue is looked up, and every range that does not depend on the scenario written,
 * once, for the ids the recommender shows.
 */
final class Ranges {

	/** The catalogue entry of each id that is a canonical id. */
	private final Map<String, Hyperparameter> entries = new HashMap<>();

	/** Each practice range of those entries as shown. */
	private final Map<PracticeRange, Range> practice = new IdentityHashMap<>();

	/**
	 * The ranges that depend on no scenario: the ebook's for entries without a practice
	 * range, sub-parameters' typical spans, and the fixed spans of companion rules.
	 */
	private final Map<String, Range> fixed = new HashMap<>();

	Ranges(Catalogue catalogue, List<String> ids) {
		for (String id : ids) {
			Optional<Hyperparameter> entry = catalogue.find(id).filter((e) -> e.id().equals(id));
			if (entry.isPresent()) {
				Hyperparameter e = entry.get();
				this.entries.put(id, e);
				for (PracticeRange p : e.practice()) {
					this.practice.put(p, new Range(p.label(), p.min(), p.max(), p.typical(), p.values(), p.sources()));
				}
				if (e.ebook().isNumeric()) {
					this.fixed.put(id,
							new Range("The ebook's generic range (no practice range applies to this context)",
									e.ebook().min(), e.ebook().max(), null, List.of(), List.of("ebook")));
				}
				continue;
			}
			Optional<Catalogue.SubParameterRef> sub = catalogue.findSubParameter(id);
			if (sub.isPresent() && sub.get().sub().typical() != null) {
				SubParameter p = sub.get().sub();
				this.fixed.put(id, new Range("Typical values", p.typical().min(), p.typical().max(), null, List.of(),
						p.sources()));
				continue;
			}
			Range companion = companion(id);
			if (companion != null) {
				this.fixed.put(id, companion);
			}
		}
	}

	/** The range of one of the ids this was built for. */
	@Nullable Range of(String id, Scenario s, Method method, LoraSettings lora, long totalSteps) {
		Hyperparameter entry = this.entries.get(id);
		if (entry != null) {
			Optional<PracticeRange> practice = entry.practiceFor(method, s.task(), (double) s.parameters());
			return practice.isPresent() ? this.practice.get(practice.get()) : this.fixed.get(id);
		}
		Range fixed = this.fixed.get(id);
		if (fixed != null) {
			return fixed;
		}
		return switch (id) {
			case "lora_alpha" -> new Range("Alpha from r to 2r", (double) lora.rank(), 2.0 * lora.rank(),
					2.0 * lora.rank(), List.of(), List.of("unsloth", "hu-2021"));
			case "eval_steps",
					"save_steps" ->
				new Range("A tenth to a quarter of the run", (double) Math.max(1, totalSteps / 10),
						(double) Math.max(1, totalSteps / 4), null, List.of(),
						List.of("dettmers-2023", "google-tuning-playbook"));
			default -> null;
		};
	}

	/** The span of a companion's rule, when it depends on no scenario. */
	private static @Nullable Range companion(String id) {
		return switch (id) {
			case "lora_r" -> new Range("Ranks in use; 16 or 32 are the usual choice", 8.0, 64.0, 16.0, List.of(),
					List.of("unsloth", "dettmers-2023"));
			case "lora_target_modules" -> new Range("Adapted layers", null, null, null,
					List.of("all-linear", "attention projections only"), List.of("dettmers-2023", "hu-2021"));
			case "eval_strategy" -> new Range("Evaluation strategies", null, null, null, List.of("steps", "epoch"),
					List.of("hf-training-args", "google-tuning-playbook"));
			default -> null;
		};
	}

}
