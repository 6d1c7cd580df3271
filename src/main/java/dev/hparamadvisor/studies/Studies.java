package dev.hparamadvisor.studies;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.hparamadvisor.studies.StudyRequest.Budget;
import dev.hparamadvisor.studies.StudyView.Counts;

import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, shows and deletes studies, each within its tenant: another tenant's study is
 * unknown. A study is written whole in one transaction, with its design resolved once.
 */
class Studies {

	private final StudyRepository studies;

	private final TrialRepository trials;

	private final StudyDesigner designer;

	private final Clock clock;

	Studies(StudyRepository studies, TrialRepository trials, StudyDesigner designer, Clock clock) {
		this.studies = studies;
		this.trials = trials;
		this.designer = designer;
		this.clock = clock;
	}

	@Transactional
	public StudyView create(String tenant, StudyRequest request) {
		StudyDesign design = this.designer.design(request);
		Study study = this.studies
			.save(new Study(UUID.randomUUID().toString(), tenant, request.name().strip(), StudyJson.write(design),
					request.budget().maxTrials(), request.budget().maxParallel(), 0, this.clock.instant(), null));
		return view(study, List.of(), true);
	}

	@Transactional(readOnly = true)
	public List<StudyView> list(String tenant) {
		return this.studies.findByTenantOrderByCreatedAtDesc(tenant)
			.stream()
			.map((study) -> view(study, this.trials.findByStudyIdOrderByTrialNumber(study.id()), false))
			.toList();
	}

	@Transactional(readOnly = true)
	public StudyView get(String tenant, String id) {
		Study study = find(tenant, id);
		return view(study, this.trials.findByStudyIdOrderByTrialNumber(id), true);
	}

	@Transactional
	public void delete(String tenant, String id) {
		this.studies.delete(find(tenant, id));
	}

	/** The study and its design, for an export of its best configuration. */
	@Transactional(readOnly = true)
	public Best best(String tenant, String id) {
		StudyView view = get(tenant, id);
		if (view.best() == null) {
			throw UnknownStudy.noBest(id);
		}
		return new Best(view, StudyJson.design(find(tenant, id).design()));
	}

	private Study find(String tenant, String id) {
		return this.studies.findByIdAndTenant(id, tenant).orElseThrow(() -> UnknownStudy.study(id));
	}

	private StudyView view(Study study, List<Trial> trials, boolean withTrials) {
		StudyDesign design = StudyJson.design(study.design());
		Instant now = this.clock.instant();
		int[] byState = new int[TrialState.values().length];
		trials.forEach((t) -> byState[t.stateAt(now).ordinal()]++);
		int running = byState[TrialState.RUNNING.ordinal()];
		int counted = trials.size() - byState[TrialState.EXPIRED.ordinal()];
		Counts counts = new Counts(running, byState[TrialState.COMPLETED.ordinal()],
				byState[TrialState.PRUNED.ordinal()], byState[TrialState.FAILED.ordinal()],
				byState[TrialState.EXPIRED.ordinal()], counted, Math.max(0, study.maxTrials() - counted));
		Comparator<Trial> better = Comparator.comparing(Trial::objectiveValue);
		Optional<Trial> best = trials.stream()
			.filter((t) -> t.state() == TrialState.COMPLETED && t.objectiveValue() != null)
			.min(design.maximize() ? better.reversed() : better);
		String state = (counted >= study.maxTrials() && running == 0) ? "finished" : "running";
		return new StudyView(study.id(), study.name(), state, design.objective(), design.sampler(), design.pruner(),
				design.seed(), new Budget(study.maxTrials(), study.maxParallel()), design.space(), design.fixed(),
				design.notes(), counts, best.map((t) -> TrialView.of(t, design, now, true)).orElse(null),
				withTrials ? trials.stream().map((t) -> TrialView.of(t, design, now, false)).toList() : null,
				"/studies/" + study.id(), study.createdAt());
	}

	/**
	 * A study with a best trial.
	 *
	 * @param view the study
	 * @param design its design
	 */
	record Best(StudyView view, StudyDesign design) {
	}

}
