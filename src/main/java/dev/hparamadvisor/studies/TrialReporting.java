package dev.hparamadvisor.studies;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.hparamadvisor.studies.TrialRequests.Complete;
import dev.hparamadvisor.studies.TrialRequests.Decision;
import dev.hparamadvisor.studies.TrialRequests.Ending;

import org.springframework.transaction.annotation.Transactional;

/**
 * What workers tell about their trials: heartbeats, intermediate reports (answered by the
 * pruner) and completions. Each is one transaction that locks the trial's row and saves
 * it with its version, so that a late or repeated message never overwrites a newer one.
 */
class TrialReporting {

	/** A failure that names memory marks its region infeasible. */
	private static final Pattern OUT_OF_MEMORY = Pattern.compile("\\boom\\b|out of memory|outofmemory|oom-?kill",
			Pattern.CASE_INSENSITIVE);

	private final StudyRepository studies;

	private final TrialRepository trials;

	private final TrialLedger ledger;

	private final Pruning pruning;

	private final Clock clock;

	private final StudyProperties properties;

	TrialReporting(StudyRepository studies, TrialRepository trials, TrialLedger ledger, Clock clock,
			StudyProperties properties) {
		this.studies = studies;
		this.trials = trials;
		this.ledger = ledger;
		this.pruning = new Pruning(ledger);
		this.clock = clock;
		this.properties = properties;
	}

	@Transactional
	public TrialView heartbeat(String tenant, String studyId, int number) {
		Locked locked = running(tenant, studyId, number, "takes no heartbeat");
		Trial saved = this.trials.save(locked.trial().withLease(locked.now().plus(this.properties.lease())));
		return TrialView.of(saved, locked.design(), locked.now(), false);
	}

	@Transactional
	public Decision report(String tenant, String studyId, int number, long step, double value) {
		finite("/value", value);
		Locked locked = running(tenant, studyId, number, "takes no more reports");
		Trial trial = locked.trial();
		Double earlier = this.ledger.reportAt(studyId, number, step).orElse(null);
		if (earlier != null && earlier != value) {
			throw new TrialConflict(number, TrialState.RUNNING,
					"step " + step + " was reported with " + earlier + ", not " + value + ".");
		}
		if (earlier == null) {
			this.ledger.addReport(studyId, number, step, value);
		}
		long previous = (trial.lastStep() != null) ? trial.lastStep() : -1;
		long last = Math.max(previous, step);
		int completed = this.ledger.counts(studyId).get(TrialState.COMPLETED);
		Decision decision = this.pruning.decide(locked.design(), studyId, number, step, previous, completed);
		Trial updated = trial.withReport(last, locked.now().plus(this.properties.lease()));
		if (decision.pruned()) {
			List<Double> values = this.ledger.valuesUpTo(studyId, number, last);
			updated = updated.finish(TrialState.PRUNED, values.get(values.size() - 1), "PRUNED", null, locked.now());
		}
		this.trials.save(updated);
		return decision;
	}

	@Transactional
	public TrialView complete(String tenant, String studyId, int number, Complete body) {
		boolean failed = body.state() == Ending.FAILED;
		if (!failed && body.value() == null) {
			throw InvalidStudy.of("/value", "a completion needs the objective's value (or state FAILED and a reason)");
		}
		if (body.value() != null) {
			finite("/value", body.value());
		}
		Locked locked = locked(tenant, studyId, number);
		Trial trial = locked.trial();
		TrialState state = trial.stateAt(locked.now());
		TrialState wanted = failed ? TrialState.FAILED : TrialState.COMPLETED;
		if (state == wanted && java.util.Objects.equals(trial.objectiveValue(), body.value())) {
			return TrialView.of(trial, locked.design(), locked.now(), true);
		}
		if (state != TrialState.RUNNING) {
			throw new TrialConflict(number, state, switch (state) {
				case COMPLETED -> "it completed with " + trial.objectiveValue() + "; a completion cannot change it.";
				case FAILED -> "it failed already: " + trial.failure();
				case PRUNED -> "the pruner stopped it at step " + trial.lastStep() + "; its value is its last report.";
				default -> "its lease expired at " + trial.leaseExpiresAt() + "; its parameters are offered again.";
			});
		}
		String reason = (body.reason() != null) ? body.reason() : (failed ? "no reason given" : null);
		String outcome = !failed ? "COMPLETED" : OUT_OF_MEMORY.matcher(reason).find() ? "INFEASIBLE" : "FAILED";
		Trial saved = this.trials.save(trial.finish(wanted, body.value(), outcome, reason, locked.now()));
		return TrialView.of(saved, locked.design(), locked.now(), true);
	}

	private Locked running(String tenant, String studyId, int number, String refusal) {
		Locked locked = locked(tenant, studyId, number);
		TrialState state = locked.trial().stateAt(locked.now());
		if (state != TrialState.RUNNING) {
			throw new TrialConflict(number, state,
					"a " + state.name().toLowerCase(Locale.ROOT) + " trial " + refusal + ((state == TrialState.EXPIRED)
							? " (its lease ran out at " + locked.trial().leaseExpiresAt() + "; ask for a new trial)."
							: "."));
		}
		return locked;
	}

	private Locked locked(String tenant, String studyId, int number) {
		Study study = this.studies.findByIdAndTenant(studyId, tenant).orElseThrow(() -> UnknownStudy.study(studyId));
		Trial trial = this.trials.readByStudyIdAndTrialNumber(studyId, number)
			.orElseThrow(() -> UnknownStudy.trial(studyId, number));
		return new Locked(StudyJson.design(study.design()), trial, this.clock.instant());
	}

	private static void finite(String pointer, double value) {
		if (!Double.isFinite(value)) {
			throw InvalidStudy.of(pointer, "must be a finite number, not " + value);
		}
	}

	private record Locked(StudyDesign design, Trial trial, Instant now) {
	}

}
