package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What Axolotl's configuration schema refuses at start-up among the settings the service
 * reads: accumulation beside a global batch, a missing learning rate or batch size, a
 * step cadence beside another strategy or beside a per-epoch count, early stopping
 * without step cadences that line up, packing or warmup ratios its preference trainers do
 * not take. An error for Axolotl; a warning when no tool is named. Where Hugging Face
 * also meets the condition (a step cadence beside another strategy, which it ignores),
 * the warning holds for every tool.
 */
final class AxolotlSchemaRule implements Rule {

	private static final List<String> SOURCES = List.of("axolotl-config-checks");

	/** Axolotl's {@code rl} methods, as the catalogue names the losses they train. */
	/**
	 * Settings that make a file a training configuration (Axolotl's cloud and inference
	 * files have none, and need no learning rate).
	 */
	private static final Set<String> TRAINING = Set.of("learning_rate", "batch_size", "total_batch_size",
			"gradient_accumulation_steps", "num_epochs", "max_steps", "optimizer", "lr_schedule");

	private static final Set<String> PREFERENCE_LOSSES = Set.of("dpo", "ipo", "kto", "orpo", "simpo", "grpo", "ppo");

	@Override
	public List<Finding> check(Configuration c) {
		List<Finding> findings = new ArrayList<>();
		boolean axolotl = Tools.isFor(c, Tools.AXOLOTL);
		for (String[] cadence : new String[][] { { "eval_steps", "eval_strategy" }, { "save_steps", "save_strategy" },
				{ "evals_per_epoch", "eval_strategy" } }) {
			String strategy = c.text(cadence[1]).orElse("steps");
			if (Tools.isSet(c, cadence[0]) && !strategy.equals("steps")) {
				findings.add(Finding.of(cadence[0], ValidationCodes.STEPS_WITHOUT_STEPS_STRATEGY, axolotl)
					.related(cadence[1])
					.value(c.value(cadence[0]))
					.expected(cadence[1] + ": steps, or no " + cadence[0])
					.sources("axolotl-config-checks", "hf-training-args-checks")
					.message(cadence[0] + " is set but " + cadence[1] + " is '" + strategy + "': Hugging Face "
							+ "ignores the step count, Axolotl refuses the pair. Set " + cadence[1]
							+ ": steps, or remove " + cadence[0] + "."));
			}
		}
		if (!axolotl && c.dialect() != null && !c.dialect().equals("canonical")) {
			return findings;
		}
		if (Tools.isSet(c, "gradient_accumulation_steps") && Tools.isSet(c, "total_batch_size")) {
			findings.add(Finding.of("total_batch_size", ValidationCodes.ACCUMULATION_WITH_GLOBAL_BATCH, axolotl)
				.related("gradient_accumulation_steps", "batch_size")
				.value(c.value("total_batch_size"))
				.expected("one of gradient_accumulation_steps or the global batch_size")
				.sources(SOURCES)
				.message("Both gradient_accumulation_steps and the global batch_size are set; Axolotl refuses the "
						+ "pair, since each determines the other. Keep micro_batch_size and "
						+ "gradient_accumulation_steps."));
		}
		if (axolotl && trains(c)) {
			missing(c).forEach(findings::add);
		}
		twice(c, "eval_steps", "evals_per_epoch", axolotl, findings);
		twice(c, "save_steps", "saves_per_epoch", axolotl, findings);
		if (Tools.isSet(c, "early_stopping_patience") && Tools.evaluates(c)) {
			double eval = c.number("eval_steps", 0);
			double save = c.number("save_steps", 0);
			if (eval == 0 || save == 0 || save % eval != 0) {
				boolean unset = eval == 0 || save == 0;
				findings.add(Finding
					.of("early_stopping_patience", ValidationCodes.EARLY_STOPPING_WITHOUT_STEP_CADENCE, axolotl)
					.related("eval_steps", "save_steps")
					.value(c.value("early_stopping_patience"))
					.expected("eval_steps and save_steps set, save_steps a multiple of eval_steps")
					.sources(SOURCES)
					.message("Axolotl's early stopping needs eval_steps and save_steps "
							+ (unset ? "set (evals_per_epoch and saves_per_epoch do not count)"
									: "with save_steps a multiple of eval_steps, but " + Sizes.n(save)
											+ " is not a multiple of " + Sizes.n(eval))
							+ "; Axolotl refuses the configuration. Give both as step counts, saving every k "
							+ "evaluations."));
			}
		}
		String loss = c.text("loss_function").orElse("");
		if (c.flag("packing").orElse(false) && PREFERENCE_LOSSES.contains(loss)) {
			findings.add(Finding.of("packing", ValidationCodes.PACKING_WITH_PREFERENCE_TRAINING, axolotl)
				.related("loss_function")
				.value(true)
				.expected("sample_packing: false")
				.sources(SOURCES)
				.message("Sample packing is on for " + loss + " training; Axolotl refuses packing with its RL "
						+ "trainers, which compare whole chosen and rejected sequences. Set sample_packing: false."));
		}
		if (loss.equals("simpo") && Tools.isSet(c, "warmup_ratio")) {
			findings.add(Finding.of("warmup_ratio", ValidationCodes.WARMUP_RATIO_WITH_SIMPO, axolotl)
				.related("loss_function", "warmup_steps")
				.value(c.value("warmup_ratio"))
				.expected("warmup_steps instead")
				.sources(SOURCES)
				.message("warmup_ratio is set for SimPO; Axolotl refuses it with the SimPO trainer. Give the warmup "
						+ "as warmup_steps."));
		}
		return findings;
	}

	private static void twice(Configuration c, String steps, String perEpoch, boolean axolotl, List<Finding> findings) {
		if (Tools.isSet(c, steps) && Tools.isSet(c, perEpoch)) {
			findings.add(Finding.of(steps, ValidationCodes.CADENCE_SET_TWICE, axolotl)
				.related(perEpoch)
				.value(c.value(steps))
				.expected("one of " + steps + " or " + perEpoch)
				.sources(SOURCES)
				.message("Both " + steps + " and " + perEpoch + " set the same cadence; Axolotl refuses the pair. "
						+ "Keep one."));
		}
	}

	/** Whether a configuration sets anything of a training run. */
	static boolean trains(Configuration c) {
		return TRAINING.stream().anyMatch(c::has);
	}

	/**
	 * The settings Axolotl requires that a training configuration leaves out: a learning
	 * rate, and two of the three batch sizes.
	 */
	static List<Finding> missing(Configuration c) {
		List<Finding> findings = new ArrayList<>();
		if (!c.has("learning_rate")) {
			findings.add(Finding.of("learning_rate", ValidationCodes.REQUIRED_SETTING_MISSING)
				.sources(SOURCES)
				.message("Axolotl requires learning_rate and has no default for it; it refuses the configuration."));
		}
		int batchSizes = 0;
		for (String name : List.of("batch_size", "gradient_accumulation_steps", "total_batch_size")) {
			batchSizes += Tools.isSet(c, name) ? 1 : 0;
		}
		if (batchSizes < 2) {
			findings.add(Finding.of("batch_size", ValidationCodes.REQUIRED_SETTING_MISSING)
				.related("gradient_accumulation_steps", "total_batch_size")
				.sources(SOURCES)
				.message("Axolotl requires at least two of micro_batch_size, gradient_accumulation_steps and "
						+ "batch_size, and refuses the configuration otherwise. Set micro_batch_size and "
						+ "gradient_accumulation_steps."));
		}
		return findings;
	}

}
