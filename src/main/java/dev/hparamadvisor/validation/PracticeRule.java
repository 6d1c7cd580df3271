package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.hparamadvisor.catalogue.EbookRange;
import dev.hparamadvisor.catalogue.Hyperparameter;
import dev.hparamadvisor.catalogue.Numbers;
import dev.hparamadvisor.catalogue.PracticeRange;
import dev.hparamadvisor.catalogue.Scale;
import org.jspecify.annotations.Nullable;

/**
 * Weighs each value against the range seen in practice for its context (method, task,
 * model size) and against the ebook's generic range, without calling standard practice
 * wrong:
 * <ul>
 * <li>inside practice but outside the ebook: INFO naming both;</li>
 * <li>outside practice, but within a factor of {@value #LOG_FACTOR} (log-scale knobs) or
 * one range-width (linear ones): INFO;</li>
 * <li>further out: WARNING, with the practice range and its sources.</li>
 * </ul>
 * When the method, task or model size is not given, the same rule applies to the envelope
 * of every practice range that could apply, and the message lists them: a learning rate
 * of 5 or a dropout of 0.9 is wrong in every context. The factor of three is judgement:
 * practitioners' learning rates for the same model and method spread over about that much
 * (2e-5 to 6e-5 for 7B full fine-tuning).
 */
final class PracticeRule implements Rule {

	static final double LOG_FACTOR = 3.0;

	private static final Set<String> ADAM_LIKE = Set.of("adamw", "adam", "adafactor", "ademamix", "galore", "apollo",
			"stable_adamw", "grokadamw", "adopt", "schedule_free", "lomo", "came");

	/**
	 * Knobs whose right value depends on the hardware and the data (a 64 micro-batch on a
	 * large GPU, 128 accumulation steps to reach a large effective batch, 64k tokens on a
	 * long-context model): unusual values are INFO here; the fit, context-window and
	 * batch rules say when they are wrong.
	 */
	private static final Set<String> INFO_ONLY = Set.of("batch_size", "gradient_accumulation_steps", "sequence_length");

	/**
	 * Knobs where less than usual is never a warning: dropout 0 is how Llama-style
	 * decoders are built and fine-tuned, while the catalogue's 0.1 describes BERT and T5,
	 * and the context does not name the architecture. More dropout than usual still
	 * warns.
	 */
	private static final Set<String> LOWER_IS_INFO = Set.of("dropout", "attention_dropout");

	/**
	 * Knobs whose usual values depend on run length or model choice, checked by other
	 * rules.
	 */
	private static final Set<String> SKIPPED = Set.of("warmup_steps", "max_steps", "model_size",
			"early_stopping_patience");

	@Override
	public List<Finding> check(Configuration configuration) {
		List<Finding> findings = new ArrayList<>();
		ValidationContext context = configuration.context();
		for (Hyperparameter entry : configuration.catalogue().all()) {
			if (SKIPPED.contains(entry.id()) || entry.domain() == null) {
				continue;
			}
			configuration.number(entry.id()).ifPresent((value) -> {
				if (!entry.domain().contains(value)) {
					return;
				}
				if (entry.id().equals("learning_rate") && notAdam(configuration)) {
					return;
				}
				Optional<PracticeRange> practice = entry.practiceFor(context.method(), context.task(),
						context.modelParameters());
				List<PracticeRange> couldApply = complete(context) ? List.of()
						: entry.practiceThatCouldApply(context.method(), context.task(), context.modelParameters());
				if (!couldApply.isEmpty()) {
					compareWithEnvelope(entry, value, practice, couldApply, context, findings);
				}
				else if (practice.isPresent()) {
					compare(entry, value, practice.get(), context, findings);
				}
				else if (entry.ebook().isNumeric() && !entry.ebook().contains(value)) {
					findings.add(outsideEbook(entry, value));
				}
			});
		}
		return findings;
	}

	private void compare(Hyperparameter entry, double value, PracticeRange range, ValidationContext context,
			List<Finding> findings) {
		EbookRange ebook = entry.ebook();
		if (range.contains(value)) {
			if (ebook.isNumeric() && !ebook.contains(value)) {
				findings.add(Finding.of(entry.id(), ValidationCodes.EBOOK_RANGE_DIFFERS_FROM_PRACTICE)
					.value(Sizes.boxed(value))
					.expected(range.describe())
					.sources(concat("ebook", range.sources()))
					.message(entry.id() + " = " + Sizes.n(value) + " is outside the ebook's generic range ("
							+ ebook.text() + ") but standard for " + lower(range.label()) + " (" + range.describe()
							+ ")."));
			}
			return;
		}
		String allowance = epochAllowance(entry, value, range, context);
		boolean far = allowance == null && far(entry, value, range);
		findings
			.add(Finding.of(entry.id(), far ? ValidationCodes.FAR_FROM_PRACTICE : ValidationCodes.OUTSIDE_TYPICAL_RANGE)
				.value(Sizes.boxed(value))
				.expected(range.describe())
				.suggestion(range.typical())
				.sources(withAllowance(range.sources(), allowance))
				.message(entry.id() + " = " + Sizes.n(value) + " is " + (far ? "far " : "")
						+ "outside what is usual for " + lower(range.label()) + " (" + range.describe() + ")"
						+ (ebook.isNumeric() ? "; the ebook's generic range is " + ebook.text() : "") + "."
						+ Objects.requireNonNullElse(allowance, "")));
	}

	private static boolean complete(ValidationContext context) {
		return context.method() != null && context.task() != null && context.modelParameters() != null;
	}

	/**
	 * With the method, task or model size unknown, a value is far from practice only when
	 * it is far from every range that could apply: beyond the envelope of those ranges by
	 * the same factor rule as with a full context. Within the envelope, what the known
	 * facts say is INFO at most, since another context could make the value standard
	 * (5e-7 is a full fine-tune's DPO learning rate).
	 */
	private void compareWithEnvelope(Hyperparameter entry, double value, Optional<PracticeRange> best,
			List<PracticeRange> couldApply, ValidationContext context, List<Finding> findings) {
		PracticeRange envelope = envelope(couldApply);
		if (envelope.contains(value)) {
			if (best.isPresent() && !best.get().contains(value)) {
				findings.add(Finding.of(entry.id(), ValidationCodes.OUTSIDE_TYPICAL_RANGE)
					.value(Sizes.boxed(value))
					.expected(best.get().describe())
					.suggestion(best.get().typical())
					.sources(best.get().sources())
					.message(entry.id() + " = " + Sizes.n(value) + " is outside what is usual for "
							+ lower(best.get().label()) + " (" + best.get().describe()
							+ "), but within what practice uses in another context that could apply, since the "
							+ unknown(context) + " not given: " + labels(couldApply, value) + "."));
			}
			else if (best.isPresent()) {
				compare(entry, value, best.get(), context, findings);
			}
			else if (entry.ebook().isNumeric() && !entry.ebook().contains(value)) {
				findings.add(outsideEbook(entry, value));
			}
			return;
		}
		String allowance = epochAllowance(entry, value, envelope, context);
		boolean far = allowance == null && far(entry, value, envelope);
		findings
			.add(Finding.of(entry.id(), far ? ValidationCodes.FAR_FROM_PRACTICE : ValidationCodes.OUTSIDE_TYPICAL_RANGE)
				.value(Sizes.boxed(value))
				.expected(envelope.describe())
				.suggestion(best.map(PracticeRange::typical).orElse(null))
				.sources(withAllowance(envelope.sources(), allowance))
				.message(entry.id() + " = " + Sizes.n(value) + " is " + (far ? "far " : "")
						+ "outside every practice range that could apply (" + envelope.describe()
						+ "); the contexts considered, since the " + unknown(context) + " not given: "
						+ labels(couldApply, Double.NaN) + "." + Objects.requireNonNullElse(allowance, "")));
	}

	private static PracticeRange envelope(List<PracticeRange> ranges) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		java.util.Set<String> sources = new java.util.LinkedHashSet<>();
		for (PracticeRange range : ranges) {
			min = Math.min(min, range.min());
			max = Math.max(max, range.max());
			sources.addAll(range.sources());
		}
		return new PracticeRange("every context that could apply", dev.hparamadvisor.catalogue.PracticeContext.ANY, min,
				max, null, List.of(), List.copyOf(sources), null);
	}

	/** The facts the context leaves out, as words ("method and task are"). */
	private static String unknown(ValidationContext context) {
		List<String> missing = new ArrayList<>();
		if (context.method() == null) {
			missing.add("method");
		}
		if (context.task() == null) {
			missing.add("task");
		}
		if (context.modelParameters() == null) {
			missing.add("model size");
		}
		String words = (missing.size() > 1)
				? String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.get(missing.size() - 1)
				: missing.get(0);
		return words + ((missing.size() > 1) ? " are" : " is");
	}

	/**
	 * The ranges' labels with their numbers; only those holding the value, when given.
	 */
	private static String labels(List<PracticeRange> ranges, double value) {
		List<String> labels = new ArrayList<>();
		for (PracticeRange range : ranges) {
			if (Double.isNaN(value) || range.contains(value)) {
				labels.add(range.label() + " (" + Numbers.format(range.min()) + " to " + Numbers.format(range.max())
						+ ")");
			}
		}
		return String.join("; ", labels);
	}

	/**
	 * Practice learning rates are AdamW's; Muon, Lion, SGD and the like run at other
	 * scales, so their rates are not compared.
	 */
	private static boolean notAdam(Configuration configuration) {
		return configuration.text("optimizer").filter((o) -> !ADAM_LIKE.contains(o)).isPresent();
	}

	/**
	 * Why more epochs than practice uses may be right for the data, as a sentence for the
	 * finding, or {@code null} when they are not: the practice ranges describe recipes on
	 * tens of thousands of examples, while small curated sets are trained for more passes
	 * (OpenAI's heuristic asks for up to 25 on tiny sets; LIMA ran 15 on 1,000 examples,
	 * open-r1's OlympicCoder 10). With the dataset's size unknown, or known and small
	 * enough that the heuristic allows the count (within its 2x tolerance), the count is
	 * not called far from practice.
	 */
	private static @Nullable String epochAllowance(Hyperparameter entry, double value, PracticeRange range,
			ValidationContext context) {
		if (!entry.id().equals("num_epochs") || range.max() == null || value <= range.max()) {
			return null;
		}
		// with the size unknown, as many as the heuristic allows the tiniest set (25, 2x)
		Long examples = context.datasetExamples();
		if (value > 2.0 * EpochsVersusDatasetRule.heuristic((examples != null) ? examples : 1)) {
			return null;
		}
		return (examples == null)
				? " Small curated datasets are trained for more passes (OpenAI's heuristic allows up to 25 epochs on"
						+ " tiny sets), so this is not called far from practice; give dataset_examples in the context"
						+ " to check the count against the data."
				: " For " + examples + " examples OpenAI's heuristic allows this many passes.";
	}

	/** A finding's sources, with the epochs heuristic when an allowance was made. */
	private static List<String> withAllowance(List<String> sources, @Nullable String allowance) {
		return (allowance != null) ? concat("openai-cookbook-epochs", sources) : sources;
	}

	/**
	 * Whether a value outside a range is far enough to warn: beyond the tolerated margin,
	 * for a knob that warns at all and on the side where it does.
	 */
	private static boolean far(Hyperparameter entry, double value, PracticeRange range) {
		boolean lowerIsInfo = LOWER_IS_INFO.contains(entry.id()) && range.min() != null && value < range.min();
		return distance(entry, value, range) > 1.0 && !INFO_ONLY.contains(entry.id()) && !lowerIsInfo;
	}

	/** How far outside the range, in units where 1 is the tolerated margin. */
	static double distance(Hyperparameter entry, double value, PracticeRange range) {
		double min = range.min();
		double max = range.max();
		if (entry.scale() == Scale.LOG && value > 0 && min > 0) {
			double ratio = (value > max) ? value / max : min / value;
			return Math.log(ratio) / Math.log(LOG_FACTOR);
		}
		double width = Math.max(max - min, Math.max(Math.abs(max), 1e-12) * 0.5);
		double outside = (value > max) ? value - max : min - value;
		return outside / width;
	}

	private Finding outsideEbook(Hyperparameter entry, double value) {
		return Finding.of(entry.id(), ValidationCodes.OUTSIDE_EBOOK_RANGE)
			.value(Sizes.boxed(value))
			.expected(entry.ebook().text())
			.sources("ebook")
			.message(entry.id() + " = " + Sizes.n(value) + " is outside the ebook's generic range ("
					+ entry.ebook().text()
					+ "). Give the method, task and model size in the context to compare it with practice.");
	}

	/**
	 * The label inside a sentence: "Full fine-tuning" to "full fine-tuning", LoRA kept.
	 */
	static String lower(String label) {
		int end = label.indexOf(' ');
		String first = (end < 0) ? label : label.substring(0, end);
		boolean word = first.length() > 1 && first.substring(1).chars().noneMatch(Character::isUpperCase);
		return word ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
	}

	private static List<String> concat(String first, List<String> rest) {
		List<String> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all;
	}

}
