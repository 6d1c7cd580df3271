package dev.hparamadvisor.recommendation;

import java.util.List;
import java.util.Locale;

import dev.hparamadvisor.estimation.EstimateResponse;
import dev.hparamadvisor.estimation.FitCheck;
import dev.hparamadvisor.estimation.Optimizer;
import dev.hparamadvisor.estimation.Throughput;
import dev.hparamadvisor.recommendation.MemoryFit.Candidate;

/**
 * Writes the plan: the batch split, the run's length, the estimator's memory, and the
 * time at the estimated speed (every sequence counted at full length, so an upper bound
 * when batches are padded only to their longest example).
 */
final class PlanWriter {

	private final FitCheck fitCheck = new FitCheck();

	Plan write(Scenario s, MethodSelection.Selection selection, Candidate run, BatchSizing.Batch batch, int sequence,
			double epochs, long stepsPerEpoch, long totalSteps, long warmupSteps, List<Alternative> alternatives) {
		Plan.Memory memory = new Plan.Memory(round(run.estimate().peakGib(), 3), round(run.requiredWithMarginGib(), 3),
				s.gpuMemoryGib(), run.fits(), run.estimate().peakPhase().label(),
				EstimateResponse.Breakdown.of(run.estimate().breakdown()), this.fitCheck.margin(run.estimate()));
		long tokens = Math.round(s.tokensPerEpoch() * epochs);
		Throughput speed = run.speed();
		Double perSecond = null;
		Double hours = null;
		String assumption;
		if (!selection.feasible()) {
			assumption = "no time: the plan does not fit this GPU";
		}
		else if (speed == null) {
			assumption = "no time: the throughput model has no peak figures for this GPU; name a GPU preset to time it";
		}
		else {
			perSecond = round(speed.tokensPerSecond(), 1);
			double seconds = (double) totalSteps * batch.accumulation() * speed.stepSeconds();
			hours = round(seconds / 3600, 2);
			assumption = speed.assumption()
					+ "; every sequence counted at its full length, so an upper bound when batches are padded only to "
					+ "their longest example; evaluation not included";
		}
		String optimizer = (selection.optimizer() == Optimizer.ADAMW_8BIT) ? "adamw_8bit" : "adamw";
		return new Plan(selection.feasible(), selection.feasible() ? null : selection.why(),
				selection.method().name().toLowerCase(Locale.ROOT),
				selection.feasible() ? selection.why() : methodWhenInfeasible(s), s.hardware(), s.gpuCount(), sequence,
				batch.micro(), batch.accumulation(), batch.effective(), selection.target().target(),
				run.plan().gradientCheckpointing(), optimizer, stepsPerEpoch, epochs, totalSteps, warmupSteps, memory,
				tokens, perSecond, hours, assumption, searchWords(s, selection, run), alternatives);
	}

	private static String methodWhenInfeasible(Scenario s) {
		return (s.method() == MethodChoice.AUTO)
				? "Auto: nothing fits, so the values are those of the lightest method, QLoRA; the alternatives say what "
						+ "would fit."
				: "You asked for " + s.method().name().toLowerCase(Locale.ROOT)
						+ "; the values are those of that method, and the alternatives say what would fit.";
	}

	private static List<String> searchWords(Scenario s, MethodSelection.Selection selection, Candidate run) {
		List<String> words = new java.util.ArrayList<>(selection.tried());
		if (selection.feasible()) {
			words.add("micro-batch " + run.microExamples(s) + " with checkpointing "
					+ (run.plan().gradientCheckpointing() ? "on" : "off") + ": the "
					+ ((run.speed() != null) ? "fastest by the throughput estimator" : "largest micro-batch")
					+ " of the plans that fit (powers of two up to " + selection.target().maxMicro()
					+ ", checkpointing off and on)");
		}
		return words;
	}

	static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

}
