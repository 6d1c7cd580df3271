package dev.hparamadvisor.diagnosis;

import java.util.List;

/**
 * {@code SCHEDULE_MISMATCH}: the logged learning rate does not follow the schedule.
 * <ul>
 * <li>No warmup where one was configured: the first logged rate, logged before half the
 * warmup, is already {@link Thresholds#WARMUP_PEAK_SHARE} of the peak.</li>
 * <li>No decay where a decaying schedule was configured: past half the run after warmup,
 * the last logged rate is still {@link Thresholds#NO_DECAY_SHARE} of the peak.</li>
 * <li>A restart, configured or not: after the peak, a rate
 * {@link Thresholds#RESTART_JUMP} times the one before it (a resumed run whose scheduler
 * started over), unless the schedule restarts by design.</li>
 * <li>A warmup as long as the run, configured or not: the run reached its planned steps
 * with the rate still rising, its peak first reached in the last tenth of the run.</li>
 * </ul>
 */
final class ScheduleRule implements Rule {

	@Override
	public void check(Run run, List<Finding> findings) {
		TrainSeries train = run.log.train();
		int points = 0;
		int firstAt = -1;
		for (int i = 0; i < train.size; i++) {
			if (Double.isFinite(train.learningRate[i])) {
				points++;
				firstAt = (firstAt < 0) ? i : firstAt;
			}
		}
		double peak = run.peakLearningRate();
		if (points < 5 || !(peak > 0)) {
			return;
		}
		String schedule = run.configuration.text("lr_schedule");
		missingWarmup(run, train, firstAt, peak, schedule, findings);
		missingDecay(run, train, peak, schedule, findings);
		warmupToTheEnd(run, train, firstAt, peak, findings);
		if (schedule == null || !(schedule.contains("restart") || schedule.contains("cycl"))) {
			restarts(run, train, peak, findings);
		}
	}

	private static void missingWarmup(Run run, TrainSeries train, int firstAt, double peak,
			@org.jspecify.annotations.Nullable String schedule, List<Finding> findings) {
		Double warmup = run.configuration.warmupSteps(run.plannedSteps());
		long firstStep = train.steps[firstAt];
		double firstRate = train.learningRate[firstAt];
		if (warmup == null || warmup < 2 || firstStep >= warmup / 2
				|| firstRate < Thresholds.WARMUP_PEAK_SHARE * peak) {
			return;
		}
		Finding.Builder finding = Finding
			.of(DiagnosisCodes.SCHEDULE_MISMATCH, new StepRange(firstStep, Math.round(warmup)))
			.evidence("configured_warmup_steps", warmup)
			.evidence("first_logged_step", firstStep)
			.evidence("first_learning_rate", firstRate)
			.evidence("peak_learning_rate", peak);
		if ("constant".equals(schedule)) {
			finding.suggest("lr_schedule", "constant_with_warmup",
					"The Trainer's 'constant' schedule ignores warmup; 'constant_with_warmup' applies it");
		}
		findings.add(finding.message("A warmup of " + Math.round(warmup) + " steps was configured, but the learning "
				+ "rate logged at step " + firstStep + " is already " + Changes.format(firstRate) + ", "
				+ Changes.format(100 * firstRate / peak) + "% of its peak: the warmup was not applied "
				+ "(a schedule that ignores it, or a resumed run)."));
	}

	private static void missingDecay(Run run, TrainSeries train, double peak,
			@org.jspecify.annotations.Nullable String schedule, List<Finding> findings) {
		if (schedule == null || schedule.contains("constant") || schedule.contains("plateau")
				|| schedule.contains("stable") || schedule.contains("wsd")) {
			return;
		}
		int last = -1;
		for (int i = 0; i < train.size; i++) {
			last = Double.isFinite(train.learningRate[i]) ? i : last;
		}
		long warmupEnd = run.warmupEnd();
		long planned = run.plannedSteps();
		double lastRate = train.learningRate[last];
		if (train.steps[last] - warmupEnd < 0.5 * (planned - warmupEnd)
				|| lastRate < Thresholds.NO_DECAY_SHARE * peak) {
			return;
		}
		Finding.Builder finding = Finding
			.of(DiagnosisCodes.SCHEDULE_MISMATCH, new StepRange(warmupEnd, train.steps[last]))
			.evidence("last_learning_rate", lastRate)
			.evidence("peak_learning_rate", peak)
			.evidence("planned_steps", planned);
		findings.add(finding.message("The schedule '" + schedule + "' decays, but at step " + train.steps[last] + " of "
				+ planned + " the learning rate is still " + Changes.format(100 * lastRate / peak)
				+ "% of its peak: the schedule was not applied, or was set for a longer run."));
	}

	private static void warmupToTheEnd(Run run, TrainSeries train, int firstAt, double peak, List<Finding> findings) {
		int last = firstAt;
		for (int i = firstAt; i < train.size; i++) {
			last = Double.isFinite(train.learningRate[i]) ? i : last;
		}
		long planned = run.plannedSteps();
		double firstRate = train.learningRate[firstAt];
		double lastRate = train.learningRate[last];
		// the peak first reached near the end, not a warmup followed by a constant rate
		if (!run.plannedStepsKnown() || train.steps[last] < Thresholds.RUN_END_SHARE * planned
				|| run.warmupEnd() < Thresholds.RUN_END_SHARE * planned
				|| firstRate > Thresholds.WARMUP_RISE_SHARE * peak) {
			return;
		}
		Finding.Builder finding = Finding
			.of(DiagnosisCodes.SCHEDULE_MISMATCH, new StepRange(train.steps[firstAt], train.steps[last]))
			.evidence("first_learning_rate", firstRate)
			.evidence("last_learning_rate", lastRate)
			.evidence("last_step", train.steps[last])
			.evidence("planned_steps", planned);
		long warmup = Math.max(1, Math.round(planned * Thresholds.SUGGESTED_WARMUP_RATIO));
		if (run.configuration.number("warmup_steps") != null) {
			finding.suggest("warmup_steps", warmup, "A warmup over 3% of the run (" + warmup
					+ " steps) reaches the learning rate early and leaves the schedule the rest of the run");
		}
		else {
			finding.suggest("warmup_ratio", Thresholds.SUGGESTED_WARMUP_RATIO,
					"A warmup over 3% of the run reaches the learning rate early and leaves the schedule the rest of the run");
		}
		findings.add(finding.message("The learning rate rises from " + Changes.format(firstRate) + " to "
				+ Changes.format(lastRate) + " at step " + train.steps[last] + " of " + planned
				+ " planned and never comes down: the warmup lasted the whole run (warmup_steps at least "
				+ "max_steps), so the run never trained at its rate for long and its schedule never decayed."));
	}

	private static void restarts(Run run, TrainSeries train, double peak, List<Finding> findings) {
		int previous = -1;
		boolean pastPeak = false;
		int count = 0;
		int first = -1;
		int firstPrevious = -1;
		for (int i = 0; i < train.size; i++) {
			double rate = train.learningRate[i];
			if (!Double.isFinite(rate)) {
				continue;
			}
			if (previous >= 0 && pastPeak && rate >= Thresholds.RESTART_JUMP * train.learningRate[previous]
					&& rate >= 0.5 * peak) {
				count++;
				if (first < 0) {
					first = i;
					firstPrevious = previous;
				}
			}
			pastPeak |= rate >= 0.99 * peak;
			previous = i;
		}
		if (count == 0) {
			return;
		}
		Finding.Builder finding = Finding
			.of(DiagnosisCodes.SCHEDULE_MISMATCH, new StepRange(train.steps[firstPrevious], train.steps[first]))
			.evidence("restarts", count)
			.evidence("restart_step", train.steps[first])
			.evidence("learning_rate_before", train.learningRate[firstPrevious])
			.evidence("learning_rate_after", train.learningRate[first]);
		findings.add(finding.message("The learning rate jumps from " + Changes.format(train.learningRate[firstPrevious])
				+ " to " + Changes.format(train.learningRate[first]) + " at step " + train.steps[first]
				+ ((count > 1) ? " (" + count + " restarts in all)" : "")
				+ " after it had decayed: the schedule restarted, as when a run is resumed without its "
				+ "scheduler's state. The steps after it repeat the high-rate phase."));
	}

}
