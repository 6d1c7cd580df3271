package dev.hparamadvisor.diagnosis;

import java.util.List;

/**
 * {@code NO_EVALUATION}: the log has no evaluation, so neither overfitting nor an early
 * stopping point can be judged.
 */
final class EvaluationRule implements Rule {

	@Override
	public void check(Run run, List<Finding> findings) {
		if (!run.log.evals().isEmpty()) {
			return;
		}
		long planned = run.plannedSteps();
		long every = Math.max(1,
				Math.round(Numbers.significant((double) planned / Thresholds.SUGGESTED_EVALUATIONS, 1)));
		Finding.Builder finding = Finding
			.of(DiagnosisCodes.NO_EVALUATION,
					new StepRange(Math.min(run.log.firstStep(), run.lastStep()), run.lastStep()))
			.evidence("last_step", run.lastStep())
			.evidence("planned_steps", planned)
			.suggest("eval_strategy", "steps", "Evaluate on held-out data during the run")
			.suggest("eval_steps", every, "About " + Thresholds.SUGGESTED_EVALUATIONS + " evaluations over the run's "
					+ planned + " steps: enough to see a turn and to stop early");
		findings.add(finding.message("The log has no evaluation: whether the model overfits, and where to stop, "
				+ "cannot be told from the training loss alone."));
	}

}
