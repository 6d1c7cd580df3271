package dev.hparamadvisor.studies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.studies.TrialLedger.Report;
import dev.hparamadvisor.studies.TrialRequests.Decision;

/**
 * Decides whether a trial goes on after a report.
 * <p>
 * The median rule, as Optuna's {@code MedianPruner} and Google Vizier's median stopping
 * rule (Golovin et al. 2017): prune when the trial's best value so far is worse than the
 * median of the completed trials' values at the same step, once
 * {@value #MEDIAN_STARTUP_TRIALS} trials have completed and from step
 * {@value #MEDIAN_WARMUP_STEPS} on (Optuna's defaults, {@code n_startup_trials=5},
 * {@code n_warmup_steps=0}).
 * <p>
 * Asynchronous successive halving (Li et al. 2020, ASHA; Optuna's
 * {@code SuccessiveHalvingPruner} with {@code reduction_factor=4},
 * {@code min_resource=1}, {@code min_early_stopping_rate=0}): rung k is reached at step
 * 4^k; a trial reaching a rung goes on only if its best value so far is among the best
 * quarter of the values the trials reaching that rung had there (the best one always goes
 * on).
 */
final class Pruning {

	static final int MEDIAN_STARTUP_TRIALS = 5;

	static final long MEDIAN_WARMUP_STEPS = 0;

	static final int REDUCTION_FACTOR = 4;

	static final long MIN_RESOURCE = 1;

	private final TrialLedger ledger;

	Pruning(TrialLedger ledger) {
		this.ledger = ledger;
	}

	Decision decide(StudyDesign design, String studyId, int number, long step, long previousStep, int completed) {
		return switch (design.pruner()) {
			case NONE -> Decision.proceed("The study has no pruner.");
			case MEDIAN -> median(design.maximize(), studyId, number, step, completed);
			case SUCCESSIVE_HALVING -> halving(design.maximize(), studyId, number, step, previousStep);
		};
	}

	private Decision median(boolean maximize, String studyId, int number, long step, int completed) {
		if (completed < MEDIAN_STARTUP_TRIALS) {
			return Decision.proceed(
					"Median rule warming up: " + completed + " of " + MEDIAN_STARTUP_TRIALS + " trials completed.");
		}
		if (step < MEDIAN_WARMUP_STEPS) {
			return Decision.proceed("Median rule warming up: step " + step + " is before " + MEDIAN_WARMUP_STEPS + ".");
		}
		List<Double> others = new ArrayList<>(this.ledger.valuesAt(studyId, step, TrialState.COMPLETED, number));
		if (others.isEmpty()) {
			return Decision.proceed("No completed trial reported at step " + step + " to compare with.");
		}
		double best = best(this.ledger.valuesUpTo(studyId, number, step), maximize);
		others.sort(null);
		int n = others.size();
		double median = (n % 2 == 1) ? others.get(n / 2) : (others.get(n / 2 - 1) + others.get(n / 2)) / 2;
		boolean worse = maximize ? best < median : best > median;
		String comparison = "best value so far " + best + " against the median " + median + " of " + n
				+ " completed trials at step " + step;
		return worse ? Decision.prune("Median rule: " + comparison + " (worse).")
				: Decision.proceed("Median rule: " + comparison + " (not worse).");
	}

	private Decision halving(boolean maximize, String studyId, int number, long step, long previousStep) {
		int rung = rung(step);
		if (rung < 0 || rung(previousStep) >= rung) {
			return Decision.proceed("Successive halving: no new rung reached at step " + step + ".");
		}
		long boundary = boundary(rung);
		Map<Integer, List<Report>> byTrial = new LinkedHashMap<>();
		this.ledger.reports(studyId)
			.forEach((r) -> byTrial.computeIfAbsent(r.number(), (k) -> new ArrayList<>()).add(r));
		List<Double> competing = new ArrayList<>();
		double mine = Double.NaN;
		for (Map.Entry<Integer, List<Report>> trial : byTrial.entrySet()) {
			List<Double> upToRung = new ArrayList<>();
			boolean reached = false;
			for (Report r : trial.getValue()) {
				upToRung.add(r.value());
				if (r.step() >= boundary) {
					reached = true;
					break;
				}
			}
			if (trial.getKey() == number) {
				mine = best(this.ledger.valuesUpTo(studyId, number, step), maximize);
				competing.add(mine);
			}
			else if (reached) {
				competing.add(best(upToRung, maximize));
			}
		}
		competing.sort(maximize ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
		int index = Math.max(0, competing.size() / REDUCTION_FACTOR - 1);
		double threshold = competing.get(index);
		boolean promoted = maximize ? mine >= threshold : mine <= threshold;
		String comparison = "rung " + rung + " (step " + boundary + "): best value so far " + mine + " against the "
				+ (index + 1) + ". best of " + competing.size() + " trials there, " + threshold;
		return promoted ? Decision.proceed("Successive halving, " + comparison + " (goes on).")
				: Decision.prune("Successive halving, " + comparison + " (stops).");
	}

	private static int rung(long step) {
		if (step < MIN_RESOURCE) {
			return -1;
		}
		int rung = 0;
		while (rung < 30 && boundary(rung + 1) <= step) {
			rung++;
		}
		return rung;
	}

	private static long boundary(int rung) {
		long boundary = MIN_RESOURCE;
		for (int i = 0; i < rung; i++) {
			boundary *= REDUCTION_FACTOR;
		}
		return boundary;
	}

	private static double best(List<Double> values, boolean maximize) {
		return values.stream()
			.mapToDouble(Double::doubleValue)
			.reduce(maximize ? Math::max : Math::min)
			.orElse(Double.NaN);
	}

}
