package dev.hparamadvisor.studies;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import dev.hparamadvisor.studies.TrialLedger.Expired;
import dev.hparamadvisor.studies.sampling.Samplers;
import org.jspecify.annotations.Nullable;

import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out trials. One short transaction per ask holds the study's row lock
 * ({@code SELECT ... FOR UPDATE}) from the check of the budget to the insert of the
 * trial, so that two asks on any replicas never get the same number, never exceed
 * {@code max_parallel} or {@code max_trials}, and one idempotency key gets one trial. The
 * unique constraints (study, number) and (study, idempotency key) back both.
 */
class TrialAsking {

	private final StudyRepository studies;

	private final TrialRepository trials;

	private final TrialLedger ledger;

	private final Clock clock;

	private final StudyProperties properties;

	TrialAsking(StudyRepository studies, TrialRepository trials, TrialLedger ledger, Clock clock,
			StudyProperties properties) {
		this.studies = studies;
		this.trials = trials;
		this.ledger = ledger;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * A trial: a new one, or the one an earlier ask with the same key got.
	 * @throws UnknownStudy when the tenant has no such study
	 * @throws NoTrialAvailable when the budget is spent or max_parallel trials run
	 */
	@Transactional
	public Asked ask(String tenant, String studyId, @Nullable String worker, @Nullable String key) {
		Study study = this.studies.readByIdAndTenant(studyId, tenant).orElseThrow(() -> UnknownStudy.study(studyId));
		StudyDesign design = StudyJson.design(study.design());
		Instant now = this.clock.instant();
		if (key != null) {
			Optional<Trial> earlier = this.trials.findByStudyIdAndIdempotencyKey(studyId, key);
			if (earlier.isPresent()) {
				return new Asked(TrialView.of(earlier.get(), design, now, true), false);
			}
		}
		this.ledger.expire(studyId, now);
		Map<TrialState, Integer> counts = this.ledger.counts(studyId);
		int running = counts.get(TrialState.RUNNING);
		int counted = running + counts.get(TrialState.COMPLETED) + counts.get(TrialState.PRUNED)
				+ counts.get(TrialState.FAILED);
		if (counted >= study.maxTrials()) {
			throw NoTrialAvailable.budgetSpent(study.maxTrials(), running, counted);
		}
		if (running >= study.maxParallel()) {
			throw NoTrialAvailable.parallelLimit(study.maxParallel(), running, counted);
		}
		int number = study.nextNumber();
		Offer offer = offer(studyId, design, number);
		Trial trial = this.trials.save(new Trial(null, studyId, number, TrialState.RUNNING,
				StudyJson.write(offer.parameters()), offer.reason(), worker, key, null, null, null, null,
				offer.reofferOf(), false, now, now.plus(this.properties.lease()), null, null));
		this.studies.save(study.withNextNumber(number + 1));
		return new Asked(TrialView.of(trial, design, now, true), true);
	}

	private Offer offer(String studyId, StudyDesign design, int number) {
		Optional<Expired> expired = this.ledger.takeExpired(studyId);
		if (expired.isPresent()) {
			return new Offer(design.normalise(StudyJson.map(expired.get().parameters())),
					"The parameters of trial " + expired.get().number()
							+ ", whose lease expired before it reported a result, offered once more.",
					expired.get().number());
		}
		if (number == 0 && design.first() != null) {
			return new Offer(design.normalise(design.first()),
					"The recommendation for the scenario (POST /v1/recommend), clamped into the space: the advice "
							+ "is tried first.",
					null);
		}
		var history = this.ledger.history(studyId, design);
		Map<String, Object> point = Samplers.of(design.sampler().kind())
			.suggest(design.searchSpace(), history, design.maximize(), design.seed(), number);
		return new Offer(design.normalise(point), "Sampled by the " + design.sampler().jsonName() + " sampler from "
				+ history.size() + " finished trial" + ((history.size() == 1) ? "" : "s") + ".", null);
	}

	/**
	 * The answer to an ask.
	 *
	 * @param trial the trial
	 * @param created whether this ask created it (false for a repeated idempotency key)
	 */
	record Asked(TrialView trial, boolean created) {
	}

	private record Offer(Map<String, Object> parameters, String reason, @Nullable Integer reofferOf) {
	}

}
