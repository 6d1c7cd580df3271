package dev.hparamadvisor.recommendation;

import java.util.List;

import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.recommendation.MemoryFit.Candidate;

/**
 * The values that come out of the memory-fit search: micro-batch, accumulation,
 * checkpointing, precision, and the model size they were sized for.
 */
final class Sizing {

	private Sizing() {
	}

	static List<Advice> advise(Scenario s, MethodSelection.Selection selection, Candidate run, BatchSizing.Batch batch,
			int sequence) {
		BatchSizing.Target target = selection.target();
		String gpus = (s.gpuCount() == 1) ? "one GPU" : s.gpuCount() + " GPUs";
		String fitWords = selection.feasible()
				? "the largest that fits " + s.hardware() + " at " + sequence + " tokens by the estimator ("
						+ Text.gib(run.requiredWithMarginGib()) + " of " + Text.gib(s.gpuMemoryGib())
						+ " GiB with margins)"
				: "the smallest plan, which still does not fit (see the plan's alternatives)";
		String microWhy = batch.micro() + " example" + ((batch.micro() == 1) ? "" : "s") + " per GPU per pass: "
				+ ((batch.micro() == target.perGpu() && selection.feasible()) ? "the whole per-GPU batch fits"
						: fitWords)
				+ ((batch.micro() == target.maxMicro() && target.maxMicro() < target.perGpu())
						? ", capped at the " + target.maxMicro() + " recipes use per device" : "")
				+ ".";
		int wanted = target.perGpu() * s.gpuCount();
		String accumulationWhy = batch.accumulation() + " micro-batch" + ((batch.accumulation() == 1) ? "" : "es")
				+ " per update make an effective batch of " + batch.effective() + " (" + batch.micro() + " x "
				+ batch.accumulation() + " x " + gpus + ")" + targetWords(s, selection, target, batch, wanted) + ".";
		boolean checkpointing = run.plan().gradientCheckpointing();
		String checkpointingWhy = checkpointing
				? "On: recomputing each block in backward costs about a third more compute but frees the activation "
						+ "memory"
						+ (selection.feasible()
								? ", and the estimator finds the plan faster or only possible " + "that way" : "")
						+ "."
				: "Off: the plan fits without it, and it would cost about a third more compute.";
		return List.of(
				Advice.of("batch_size", (long) batch.micro(), microWhy, "google-tuning-playbook", "zephyr",
						"dettmers-2023"),
				Advice.of("gradient_accumulation_steps", (long) batch.accumulation(), accumulationWhy,
						"google-tuning-playbook", "alpaca", "dettmers-2023", "malladi-2022"),
				Advice.of("model_size", (double) s.parameters(),
						Text.parameters(s.parameters()) + " parameters: " + s.model()
								+ ". It sets the memory plan and, through its size and width, the learning rate.",
						"hf-model-configs"),
				Advice.of("gradient_checkpointing", checkpointing, checkpointingWhy, "google-tuning-playbook"),
				Advice.of("bf16", true, (run.plan().method() == Method.FULL)
						? "bf16 mixed precision: fp32 master weights and optimizer states, bf16 compute (what "
								+ "the memory plan assumes)."
						: "bf16 compute over the frozen " + ((run.plan().method() == Method.QLORA) ? "4-bit" : "bf16")
								+ " base, fp32 adapters (what the memory plan assumes).",
						"hf-training-args"));
	}

	private static String targetWords(Scenario s, MethodSelection.Selection selection, BatchSizing.Target target,
			BatchSizing.Batch batch, int wanted) {
		String words;
		if (target.target() < target.anchor()) {
			words = ", the recipes' " + target.anchor() + " lowered to " + target.target() + " so that "
					+ Text.count(s.examples()) + " examples still give about 100 optimizer steps";
		}
		else {
			words = ", the " + target.anchor() + " of the "
					+ (s.encoderStyle() ? "BERT and RoBERTa"
							: (selection.method() == Method.FULL) ? "Alpaca, Tulu and Zephyr" : "QLoRA and Unsloth")
					+ " recipes";
		}
		if (batch.effective() < wanted) {
			words += "; accumulation stops at the " + target.maxAccumulation()
					+ " steps recipes use, and the learning rate follows the smaller batch";
		}
		else if (wanted > target.target()) {
			words += "; raised to keep at least " + target.perGpu() + " examples on each GPU";
		}
		return words;
	}

}
