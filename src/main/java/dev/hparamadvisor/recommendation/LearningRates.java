package dev.hparamadvisor.recommendation;

import java.util.List;

import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.catalogue.PracticeRange;
import dev.hparamadvisor.catalogue.Task;
import dev.hparamadvisor.estimation.Decimals;
import org.jspecify.annotations.Nullable;

/**
 * The peak learning rate, per method, fitted to published recipes and kept only where it
 * did at least as well as the median on every collection of recipes held out from the fit
 * ({@code LeaveOneSourceOutTests}; the tables are in docs/RECOMMENDATION.md):
 * <ul>
 * <li>full fine-tuning: 1.4e-5 at any size, the rate within 3x of the most of 92
 * published supervised full fine-tunes (Axolotl and alignment-handbook examples,
 * torchtune and LLaMA-Factory configs, Alpaca, Vicuna, Llama 2, Tulu 2/3, LIMA, OLMo,
 * Llama 3, users' own repositories), which run from 5e-6 (Tulu 3, torchtune's Qwen and
 * Mistral) to 4e-5 and cluster at 2e-5 (their median). Fitted the same way on all
 * collections but one, it beat their median on every held-out collection where any
 * candidate did (and tied the rest, two of them at 100%); no rule scaling it with size
 * did as well;</li>
 * <li>LoRA and QLoRA: 2e-4 at any width, the median of 64 LoRA and 107 QLoRA recipes
 * (QLoRA paper, Unsloth, torchtune, LLaMA-Factory, Axolotl); no width rule did better
 * than it held out;</li>
 * <li>preference tuning: 5e-7 full, the median of 22 DPO-style recipes (Zephyr, Tulu
 * 2/3), and 5e-6 with adapters (Unsloth; judgement, since adapter recipes split between
 * 5e-6 and 2e-4 and their median fits neither);</li>
 * <li>at any effective batch: recipes keep their rate from batches of 8 to 128, and on
 * the recipes that state a batch, scaling by the square root of their batch over the
 * customary one (128 full, 16 adapters; Malladi et al. 2022) agrees with fewer of them
 * for every method ({@code LeaveOneSourceOutTests}), so the square-root rule is only
 * named as the first guess for a much changed batch;</li>
 * <li>halved for full fine-tuning on 500,000 examples or more (Tulu 3), and 1.5 times for
 * adapter runs under 100 steps (LoRA Without Regret); the reference plans of the
 * evaluation run on 10,000 examples, so these adjustments were not part of what it
 * measured;</li>
 * <li>kept within the catalogue's practice range for the context.</li>
 * </ul>
 */
final class LearningRates {

	/**
	 * A learning-rate rule's free parameters: the rate per method at the anchors (7B
	 * parameters for full fine-tuning, hidden size 4,096 for adapters) and the exponents
	 * of (7B / N) and (4096 / hidden) it scales by; the leave-one-source-out test fits
	 * others to compare with the shipped one.
	 */
	record Rule(double full, double sizeExponent, double lora, double qlora, double widthExponent,
			double preferenceFull, double preferenceAdapters) {

		double base(Task task, Method method, double parameters, int hidden) {
			if (task == Task.PREFERENCE) {
				return (method == Method.FULL) ? this.preferenceFull : this.preferenceAdapters;
			}
			if (method == Method.FULL) {
				return this.full * Math.pow(7e9 / parameters, this.sizeExponent);
			}
			return ((method == Method.QLORA) ? this.qlora : this.lora) * Math.pow(4096.0 / hidden, this.widthExponent);
		}

	}

	/** What the service recommends: the fits named in the class comment. */
	static final Rule SHIPPED = new Rule(1.4e-5, 0, 2e-4, 2e-4, 0, 5e-7, 5e-6);

	private LearningRates() {
	}

	static double referenceBatch(Method method) {
		return (method == Method.FULL) ? 128 : 16;
	}

	static Advice choose(Scenario s, Method method, int effectiveBatch, long totalSteps,
			@Nullable PracticeRange practice) {
		return choose(SHIPPED, s, method, effectiveBatch, totalSteps, practice);
	}

	/** The advice under any rule, the way the service applies the shipped one. */
	static Advice choose(Rule rule, Scenario s, Method method, int effectiveBatch, long totalSteps,
			@Nullable PracticeRange practice) {
		double rate = rule.base(s.task(), method, s.parameters(), s.architecture().hiddenSize());
		boolean preference = s.task() == Task.PREFERENCE;
		StringBuilder why = new StringBuilder(basis(rule, s, method, preference));
		if (effectiveBatch != referenceBatch(method)) {
			why.append("; it stays at the effective batch of ")
				.append(effectiveBatch)
				.append(", as published recipes keep their rate from batches of 8 to 128 (scaling it by the square root "
						+ "of the batch ratio agreed with fewer of them); if you change the batch many times over, "
						+ "that square-root rule is the usual first guess");
		}
		if (!preference && method == Method.FULL && s.examples() >= 500_000) {
			rate *= 0.5;
			why.append("; halved for ")
				.append(Text.count(s.examples()))
				.append(" examples, since many updates call for a gentler rate (Tulu 3 used 5e-6 at 8B on about a "
						+ "million)");
		}
		if (!preference && method != Method.FULL && totalSteps < 100) {
			rate *= 1.5;
			why.append("; 1.5 times for a run of only ")
				.append(totalSteps)
				.append(" steps, where LoRA's best rate is nearer 15 than 10 times full fine-tuning's");
		}
		double floor = (method == Method.FULL) ? 1e-7 : 1e-6;
		double ceiling = (method == Method.FULL) ? 2e-4 : 1e-3;
		if (practice != null && practice.min() != null && practice.max() != null) {
			floor = practice.min();
			ceiling = practice.max();
		}
		double unclamped = round(rate);
		rate = round(Math.max(floor, Math.min(ceiling, rate)));
		if (rate != unclamped && practice != null) {
			why.append("; ")
				.append(Text.rate(unclamped))
				.append(" would leave the range published recipes use for ")
				.append(Character.toLowerCase(practice.label().charAt(0)))
				.append(practice.label().substring(1))
				.append(" (")
				.append(Text.rate(floor))
				.append(" to ")
				.append(Text.rate(ceiling))
				.append("), so it stops at its ")
				.append((rate == round(floor)) ? "lower" : "upper")
				.append(" end, beyond which nothing shows the rules still hold");
		}
		why.append(". Peak value reached after warmup; if you can afford a small sweep, try half and double it.");
		return new Advice("learning_rate", rate, "Learning rate " + Text.rate(rate) + ". " + why,
				sources(preference, method));
	}

	private static String basis(Rule rule, Scenario s, Method method, boolean preference) {
		if (preference) {
			return (method == Method.FULL)
					? "Preference tuning moves a chat model only slightly: " + Text.rate(rule.preferenceFull())
							+ ", the median of published DPO-style recipes (Zephyr, Tulu 2/3), at every size"
					: "Preference tuning with adapters: Unsloth suggests " + Text.rate(rule.preferenceAdapters())
							+ ", ten times the full-parameter DPO rate";
		}
		boolean full = method == Method.FULL;
		double exponent = full ? rule.sizeExponent() : rule.widthExponent();
		String basis = full
				? "Full fine-tuning of " + Text.parameters(s.parameters()) + " parameters: " + Text.rate(rule.full())
						+ ((exponent == 0) ? "" : " at 7B")
						+ ", the rate within a factor of 3 of the most published full fine-tunes (Alpaca, Vicuna, "
						+ "Llama 2, Tulu 2/3, torchtune, Axolotl), which run from 5e-6 to 4e-5 around a median of 2e-5"
				: (method == Method.QLORA ? "QLoRA" : "LoRA") + " adapters on a model of hidden size "
						+ s.architecture().hiddenSize() + ": "
						+ Text.rate((method == Method.QLORA) ? rule.qlora() : rule.lora())
						+ ", the median of published adapter recipes (QLoRA, Unsloth, torchtune, LLaMA-Factory, Axolotl)";
		String scaling = (exponent == 0) ? ", at any " + (full ? "size" : "width")
				: " rescaled to " + (full ? "7B" : "4,096") + ", times (" + (full ? "7B / N" : "4096 / hidden") + ")^"
						+ Decimals.fixed(exponent, 2) + ", gives "
						+ Text.rate(rule.base(s.task(), method, s.parameters(), s.architecture().hiddenSize()));
		String held = "; held out one collection of recipes at a time, " + (full
				? "it beat the median on every collection where any rule did, and no rule scaling it with size did as well"
				: "no rule scaling it with width did better than this constant");
		return basis + scaling + (rule.equals(SHIPPED) ? held : "");
	}

	private static List<String> sources(boolean preference, Method method) {
		if (preference) {
			return (method == Method.FULL) ? List.of("zephyr", "tulu2", "tulu3", "malladi-2022")
					: List.of("unsloth", "schulman-2025-lora-without-regret", "malladi-2022");
		}
		return (method == Method.FULL)
				? List.of("alpaca", "llama2", "tulu2", "tulu3", "zephyr", "torchtune", "axolotl", "malladi-2022")
				: List.of("dettmers-2023", "unsloth", "torchtune", "llama-factory", "axolotl",
						"schulman-2025-lora-without-regret", "malladi-2022");
	}

	/** Two significant digits. */
	static double round(double rate) {
		return new java.math.BigDecimal(rate).round(new java.math.MathContext(2)).doubleValue();
	}

}
