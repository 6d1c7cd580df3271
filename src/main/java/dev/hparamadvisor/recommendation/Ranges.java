package dev.hparamadvisor.recommendation;

import java.util.List;
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
 * sub-parameter's typical span, or the span of the rule that chose a companion.
 */
final class Ranges {

	private final Catalogue catalogue;

	Ranges(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Nullable Range of(String id, Scenario s, Method method, LoraSettings lora, long totalSteps) {
		Optional<Hyperparameter> entry = this.catalogue.find(id).filter((e) -> e.id().equals(id));
		if (entry.isPresent()) {
			Hyperparameter e = entry.get();
			Optional<PracticeRange> practice = e.practiceFor(method, s.task(), (double) s.parameters());
			if (practice.isPresent()) {
				PracticeRange p = practice.get();
				return new Range(p.label(), p.min(), p.max(), p.typical(), p.values(), p.sources());
			}
			if (e.ebook().isNumeric()) {
				return new Range("The ebook's generic range (no practice range applies to this context)",
						e.ebook().min(), e.ebook().max(), null, List.of(), List.of("ebook"));
			}
			return null;
		}
		Optional<Catalogue.SubParameterRef> sub = this.catalogue.findSubParameter(id);
		if (sub.isPresent() && sub.get().sub().typical() != null) {
			SubParameter p = sub.get().sub();
			return new Range("Typical values", p.typical().min(), p.typical().max(), null, List.of(), p.sources());
		}
		return switch (id) {
			case "lora_r" -> new Range("Ranks in use; 16 or 32 are the usual choice", 8.0, 64.0, 16.0, List.of(),
					List.of("unsloth", "dettmers-2023"));
			case "lora_alpha" -> new Range("Alpha from r to 2r", (double) lora.rank(), 2.0 * lora.rank(),
					2.0 * lora.rank(), List.of(), List.of("unsloth", "hu-2021"));
			case "lora_target_modules" -> new Range("Adapted layers", null, null, null,
					List.of("all-linear", "attention projections only"), List.of("dettmers-2023", "hu-2021"));
			case "eval_steps",
					"save_steps" ->
				new Range("A tenth to a quarter of the run", (double) Math.max(1, totalSteps / 10),
						(double) Math.max(1, totalSteps / 4), null, List.of(),
						List.of("dettmers-2023", "google-tuning-playbook"));
			case "eval_strategy" -> new Range("Evaluation strategies", null, null, null, List.of("steps", "epoch"),
					List.of("hf-training-args", "google-tuning-playbook"));
			default -> null;
		};
	}

}
