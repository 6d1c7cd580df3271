package dev.hparamadvisor.studies;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.hparamadvisor.studies.StudyRequest.Budget;
import dev.hparamadvisor.studies.StudyRequest.DimensionScale;
import dev.hparamadvisor.studies.StudyRequest.DimensionSpec;
import dev.hparamadvisor.studies.StudyRequest.DimensionType;
import dev.hparamadvisor.studies.StudyRequest.Goal;
import dev.hparamadvisor.studies.StudyRequest.Objective;
import dev.hparamadvisor.studies.TrialRequests.Complete;
import dev.hparamadvisor.studies.TrialRequests.Ending;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the storage of studies promises, on whichever database the subclass gives it (H2
 * in PostgreSQL mode, PostgreSQL itself): concurrent asks never share a number nor pass
 * max_parallel or max_trials, an idempotency key gets one trial, completions are
 * idempotent and never overwritten, a report for a finished trial is refused, a deleted
 * study takes its trials with it, and another tenant's study is unknown.
 */
abstract class StudyStorageContract {

	@Autowired
	Studies studies;

	@Autowired
	TrialAsking asking;

	@Autowired
	TrialReporting reporting;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	static StudyRequest request(int maxTrials, int maxParallel, PrunerKind pruner) {
		return new StudyRequest("storage", new Objective("eval_loss", Goal.MINIMIZE), null,
				Map.of("learning_rate", new DimensionSpec(DimensionType.FLOAT, 1e-5, 1e-3, DimensionScale.LOG, null),
						"lr_schedule",
						new DimensionSpec(DimensionType.CHOICE, null, null, null, List.of("cosine", "linear"))),
				new Budget(maxTrials, maxParallel), StudySampler.RANDOM, 3L, pruner);
	}

	@Test
	void concurrentAsksShareNoNumberAndKeepToTheLimits() throws Exception {
		String id = this.studies.create("t", request(40, 6, PrunerKind.NONE)).id();
		Set<Integer> given = ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(12);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int w = 0; w < 12; w++) {
				workers.add(pool.submit(() -> {
					while (true) {
						try {
							int number = this.asking.ask("t", id, "w", null).trial().number();
							assertThat(given.add(number)).as("trial %d given once", number).isTrue();
							this.reporting.complete("t", id, number, new Complete(1.0 + number, null, null));
						}
						catch (NoTrialAvailable ex) {
							if (ex.properties().get("reason").equals("budget_spent")) {
								return null;
							}
							Thread.onSpinWait();
						}
					}
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(given).hasSize(40).allMatch((n) -> n >= 0 && n < 40);
		StudyView study = this.studies.get("t", id);
		assertThat(study.counts().completed()).isEqualTo(40);
		assertThat(study.counts().running()).isZero();
		assertThat(study.state()).isEqualTo("finished");
	}

	@Test
	void oneIdempotencyKeyGetsOneTrial() {
		String id = this.studies.create("t", request(10, 10, PrunerKind.NONE)).id();
		TrialView first = this.asking.ask("t", id, "w", "k").trial();
		TrialAsking.Asked again = this.asking.ask("t", id, "w", "k");
		assertThat(again.created()).isFalse();
		assertThat(again.trial()).isEqualTo(first);
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM trial WHERE study_id = ?").param(id).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void completionsAreIdempotentAndNeverOverwritten() {
		String id = this.studies.create("t", request(10, 10, PrunerKind.NONE)).id();
		this.asking.ask("t", id, "w", null);
		this.reporting.complete("t", id, 0, new Complete(1.5, null, null));
		assertThat(this.reporting.complete("t", id, 0, new Complete(1.5, null, null)).value()).isEqualTo(1.5);
		assertThatExceptionOfType(TrialConflict.class)
			.isThrownBy(() -> this.reporting.complete("t", id, 0, new Complete(1.2, null, null)));
		assertThatExceptionOfType(TrialConflict.class).isThrownBy(() -> this.reporting.report("t", id, 0, 100, 1.0));
		assertThat(this.studies.get("t", id).best().value()).isEqualTo(1.5);
		this.asking.ask("t", id, "w", null);
		TrialView failed = this.reporting.complete("t", id, 1, new Complete(null, Ending.FAILED, "OOM killed"));
		assertThat(failed.state()).isEqualTo(TrialState.FAILED);
		assertThat(this.jdbc.sql("SELECT outcome FROM trial WHERE study_id = ? AND trial_number = 1")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("INFEASIBLE");
	}

	@Test
	void expiredLeasesFreeTheirPlaceAndTheirBudget() {
		String id = this.studies.create("t", request(2, 1, PrunerKind.NONE)).id();
		TrialView lost = this.asking.ask("t", id, "w", null).trial();
		this.clock.advance(Duration.ofMinutes(11));
		TrialView again = this.asking.ask("t", id, "w", null).trial();
		assertThat(again.parameters()).isEqualTo(lost.parameters());
		this.reporting.complete("t", id, again.number(), new Complete(2.0, null, null));
		this.asking.ask("t", id, "w", null);
		assertThat(this.studies.get("t", id).counts().counted()).isEqualTo(2);
	}

	@Test
	void theMedianRulePrunesATrialWorseThanTheMedian() {
		String id = this.studies.create("t", request(20, 20, PrunerKind.MEDIAN)).id();
		for (int n = 0; n < Pruning.MEDIAN_STARTUP_TRIALS; n++) {
			this.asking.ask("t", id, "w", null);
			this.reporting.report("t", id, n, 100, 2.0 + n * 0.1);
			this.reporting.complete("t", id, n, new Complete(1.0, null, null));
		}
		this.asking.ask("t", id, "w", null);
		TrialRequests.Decision good = this.reporting.report("t", id, 5, 100, 2.1);
		assertThat(good.decision()).isEqualTo("continue");
		this.asking.ask("t", id, "w", null);
		TrialRequests.Decision bad = this.reporting.report("t", id, 6, 100, 3.5);
		assertThat(bad.decision()).isEqualTo("prune");
		assertThat(bad.reason()).contains("median 2.2");
		assertThat(this.studies.get("t", id).trials().get(6).state()).isEqualTo(TrialState.PRUNED);
		assertThat(this.studies.get("t", id).trials().get(6).value()).isEqualTo(3.5);
	}

	@Test
	void anotherTenantsStudyIsUnknownAndADeletedStudyTakesItsTrials() {
		String id = this.studies.create("t", request(5, 5, PrunerKind.NONE)).id();
		this.asking.ask("t", id, "w", null);
		this.reporting.report("t", id, 0, 10, 1.0);
		assertThatExceptionOfType(UnknownStudy.class).isThrownBy(() -> this.studies.get("other", id));
		assertThatExceptionOfType(UnknownStudy.class).isThrownBy(() -> this.asking.ask("other", id, "w", null));
		assertThatExceptionOfType(UnknownStudy.class).isThrownBy(() -> this.studies.delete("other", id));
		this.studies.delete("t", id);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM trial_report WHERE study_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isZero();
	}

}
