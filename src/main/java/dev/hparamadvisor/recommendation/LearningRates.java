package dev.hparamadvisor.recommendation;

import dev.hparamadvisor.catalogue.PracticeRange;
import dev.hparamadvisor.catalogue.Task;
import dev.hparamadvisor.estimation.Decimals;
import dev.hparamadvisor.catalogue.Method;
import org.jspecify.annotations.Nullable;

/**
 * The peak learning rate, a function of the method, the model's size (parameters for full
 * fine-tuning, width for adapters), the effective batch and the data:
 * <ul>
 * <li>full fine-tuning: 2e-5 at 7B and a batch of 128 (Alpaca, Vicuna, Zephyr, Tulu 2,
 * Llama 2), scaled by the square root of 7B over the parameter count (Tinker's
 * full-fine-tuning transfer rule);</li>
 * <li>LoRA and QLoRA: 2e-4 at a hidden size of 4,096 and a batch of 16 (QLoRA, Unsloth),
 * scaled by (4096 / hidden)^0.781, the width exponent Tinker fitted on Llama LoRA
 * sweeps;</li>
 * <li>preference tuning: 5e-7 full (Zephyr, Tulu 2/3), 5e-6 with adapters (Unsloth), at
 * any size;</li>
 * <li>times the square root of the effective batch over the anchor's (Malladi et al.
 * 2022), halved for full fine-tuning on 500,000 examples or more (Tulu 3), and 1.5 times
 * for adapter runs under 100 steps (LoRA Without Regret);</li>
 * <li>kept within the catalogue's practice range for the context: beyond the published
 * rates nothing shows that the scaling rules still hold.</li>
 * </ul>
 * docs/RECOMMENDATION.md explains the choices between disagreeing sources.
 */
final class LearningRates {

	static final double FULL_ANCHOR = 2e-5, FULL_ANCHOR_PARAMETERS = 7e9;

	static final double LORA_ANCHOR = 2e-4, LORA_ANCHOR_HIDDEN = 4096, LORA_WIDTH_EXPONENT = 0.781;

	static final double PREFERENCE_FULL = 5e-7, PREFERENCE_LORA = 5e-6;

	private LearningRates() {
	}

	/** The rate before batch and data adjustments. */
	static double base(Scenario s, Method method) {
		if (s.task() == Task.PREFERENCE) {
			return (method == Method.FULL) ? PREFERENCE_FULL : PREFERENCE_LORA;
		}
		if (method == Method.FULL) {
			return FULL_ANCHOR * Math.sqrt(FULL_ANCHOR_PARAMETERS / s.parameters());
		}
		return LORA_ANCHOR * Math.pow(LORA_ANCHOR_HIDDEN / s.architecture().hiddenSize(), LORA_WIDTH_EXPONENT);
	}

	static double referenceBatch(Method method) {
		return (method == Method.FULL) ? 128 : 16;
	}

	static Advice choose(Scenario s, Method method, int effectiveBatch, long totalSteps,
			@Nullable PracticeRange practice) {
		double base = base(s, method);
		double batchFactor = Math.sqrt(effectiveBatch / referenceBatch(method));
		double rate = base * batchFactor;
		StringBuilder why = new StringBuilder();
		boolean preference = s.task() == Task.PREFERENCE;
		if (preference) {
			why.append((method == Method.FULL)
					? "Preference tuning moves a chat model only slightly: Zephyr and Tulu 2/3 ran DPO at 5e-7 at every "
							+ "size"
					: "Preference tuning with adapters: Unsloth suggests 5e-6, ten times the full-parameter DPO rate");
		}
		else if (method == Method.FULL) {
			why.append("Full fine-tuning of ")
				.append(Text.parameters(s.parameters()))
				.append(" parameters: 2e-5 at 7B (Alpaca, Zephyr, Tulu 2, Llama 2) scaled by the square root of 7B over"
						+ " the size gives ")
				.append(Text.rate(base));
		}
		else {
			why.append(method == Method.QLORA ? "QLoRA" : "LoRA")
				.append(" adapters on a model of hidden size ")
				.append(s.architecture().hiddenSize())
				.append(": 2e-4 at 4,096 (QLoRA, Unsloth) scaled by (4096 / hidden)^0.781, the width exponent Tinker"
						+ " fitted on Llama LoRA sweeps, gives ")
				.append(Text.rate(base));
		}
		if (batchFactor != 1) {
			why.append("; the effective batch of ")
				.append(effectiveBatch)
				.append(" against the recipes' ")
				.append((int) referenceBatch(method))
				.append(" scales it by the square root of their ratio (")
				.append(Decimals.fixed(batchFactor, 2))
				.append(")");
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

	private static java.util.List<String> sources(boolean preference, Method method) {
		if (preference) {
			return (method == Method.FULL) ? java.util.List.of("zephyr", "tulu2", "tulu3", "malladi-2022")
					: java.util.List.of("unsloth", "schulman-2025-lora-without-regret", "malladi-2022");
		}
		return (method == Method.FULL)
				? java.util.List.of("alpaca", "zephyr", "tulu2", "llama2", "tulu3", "schulman-2025-lora-without-regret",
						"malladi-2022")
				: java.util.List.of("dettmers-2023", "unsloth", "schulman-2025-lora-without-regret", "malladi-2022");
	}

	/** Two significant digits. */
	static double round(double rate) {
		return new java.math.BigDecimal(rate).round(new java.math.MathContext(2)).doubleValue();
	}

}
