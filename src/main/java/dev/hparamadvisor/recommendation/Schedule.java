package dev.hparamadvisor.recommendation;

import java.util.List;

import dev.hparamadvisor.catalogue.Task;

/**
 * Warmup, evaluation cadence and early stopping over the run's optimizer steps: warmup a
 * few percent of the steps and never more than a tenth (the playbook's ceiling),
 * evaluation every tenth of the run (QLoRA's cadence; a quarter for the speed priority),
 * the best checkpoint reloaded at the end, and a patience that can fire.
 */
final class Schedule {

	private Schedule() {
	}

	/**
	 * The warmup fraction: 3% for SFT (Alpaca, Tulu, QLoRA), 10% for preference (Zephyr,
	 * Tulu 3), 6% for encoder-style (RoBERTa).
	 */
	static double ratio(Scenario s) {
		if (s.task() == Task.PREFERENCE) {
			return 0.10;
		}
		return s.encoderStyle() ? 0.06 : 0.03;
	}

	/** Warmup steps: the ratio of the run, rounded up, at most a tenth of it. */
	static long warmupSteps(double ratio, long totalSteps) {
		return Math.min((long) Math.ceil(ratio * totalSteps), totalSteps / 10);
	}

	static List<Advice> choose(Scenario s, long totalSteps) {
		double ratio = ratio(s);
		long warmup = warmupSteps(ratio, totalSteps);
		String ratioSource = (s.task() == Task.PREFERENCE) ? "zephyr"
				: s.encoderStyle() ? "liu-2019-roberta" : "alpaca";
		String ratioWhy = Text.percent(ratio) + ", the fraction " + switch (ratioSource) {
			case "zephyr" -> "Zephyr and Tulu 3 warmed up DPO with";
			case "liu-2019-roberta" -> "RoBERTa warmed up classifiers with";
			default -> "Alpaca, Tulu 2 and QLoRA warmed up with";
		};
		String warmupWhy = (warmup == 0)
				? "0: a run of " + totalSteps + " steps is too short to spend any on warmup within the tenth the "
						+ "tuning playbook allows."
				: warmup + " of the run's " + Text.count(totalSteps) + " optimizer steps (" + ratioWhy
						+ ", rounded up and at most a tenth): enough for Adam's moment estimates to settle before the "
						+ "peak rate. Given as steps, not as warmup_ratio, since tools disagree when both are set.";
		int fraction = (s.priority() == Priority.SPEED) ? 4 : 10;
		long every = Math.max(1, Math.round((double) totalSteps / fraction));
		long evaluations = totalSteps / every;
		long patience = (evaluations >= 8) ? 3 : 1;
		while (patience > 1 && patience * every >= totalSteps - warmup) {
			patience--;
		}
		return List.of(
				Advice.of("warmup_steps", warmup, warmupWhy,
						java.util.stream.Stream.of(ratioSource, "alpaca", "dettmers-2023", "google-tuning-playbook")
							.distinct()
							.toArray(String[]::new)),
				Advice.of("max_steps", -1L,
						"-1 (off): the run lasts num_epochs, "
								+ Text.count(totalSteps) + " optimizer steps; a second "
								+ "stopping rule could only contradict it. The playbook advises fixing the length, not "
								+ "tuning it.",
						"hf-training-args", "google-tuning-playbook"),
				Advice.of("eval_strategy", "steps",
						"Evaluate at regular step intervals, as the playbook advises, on a held-out set of your own "
								+ "(QLoRA used 1,000 examples).",
						"google-tuning-playbook", "dettmers-2023"),
				Advice.of("eval_steps", every, "Every " + every + " steps, about "
						+ ((fraction == 10) ? "a tenth" : "a quarter") + " of the run"
						+ ((fraction == 10) ? ", QLoRA's cadence" : ": fewer evaluations for the speed priority") + ".",
						"dettmers-2023", "google-tuning-playbook"),
				Advice.of("save_strategy", "steps", "Save when evaluating, so the best checkpoint can be reloaded.",
						"hf-training-args"),
				Advice.of("save_steps", every, "Every " + every + " steps, with each evaluation.", "hf-training-args"),
				Advice.of("load_best_model_at_end", true,
						"Keep the best checkpoint rather than the last: the playbook's retrospective selection.",
						"google-tuning-playbook", "hf-early-stopping"),
				Advice.of("metric_for_best_model", "eval_loss",
						"The evaluation loss picks the best checkpoint and drives early stopping.",
						"hf-early-stopping"),
				Advice.of("early_stopping_patience", patience,
						patience + " evaluation" + ((patience == 1) ? "" : "s")
								+ " without improvement before stopping: "
								+ ((patience == 3)
										? "with about " + evaluations
												+ " evaluations the curve is noisy enough to need Lightning's 3"
										: "with only " + evaluations + " evaluations a longer patience could hardly "
												+ "fire (HF's default of 1)")
								+ ".",
						(patience == 3) ? new String[] { "lightning-early-stopping", "prechelt-1998" }
								: new String[] { "hf-early-stopping", "prechelt-1998" }),
				Advice.of("early_stopping_threshold", 0.0, "0: any improvement resets the patience (HF's default).",
						"hf-early-stopping"));
	}

}
