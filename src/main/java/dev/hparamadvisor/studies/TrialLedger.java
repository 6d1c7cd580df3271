package dev.hparamadvisor.studies;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.hparamadvisor.studies.sampling.Observation;
import dev.hparamadvisor.studies.sampling.Observation.Outcome;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The set-wise statements on trials and reports, through {@code JdbcClient}: expiring
 * leases, counting, the history the sampler learns from, and the reports the pruners
 * compare. Each runs inside the caller's transaction.
 */
final class TrialLedger {

	private final JdbcClient jdbc;

	TrialLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Marks every running trial whose lease ran out before {@code now} as expired. */
	int expire(String studyId, Instant now) {
		return this.jdbc
			.sql("UPDATE trial SET state = 'EXPIRED', finished_at = lease_expires_at, version = version + 1 "
					+ "WHERE study_id = ? AND state = 'RUNNING' AND lease_expires_at < ?")
			.params(studyId, utc(now))
			.update();
	}

	/** The trials of a study by state, as stored. */
	Map<TrialState, Integer> counts(String studyId) {
		Map<TrialState, Integer> counts = new java.util.EnumMap<>(TrialState.class);
		for (TrialState state : TrialState.values()) {
			counts.put(state, 0);
		}
		this.jdbc.sql("SELECT state, COUNT(*) AS n FROM trial WHERE study_id = ? GROUP BY state")
			.param(studyId)
			.query((rs, row) -> Map.entry(TrialState.valueOf(rs.getString("state")), rs.getInt("n")))
			.list()
			.forEach((e) -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/** The finished trials the sampler learns from, oldest first. */
	List<Observation> history(String studyId, StudyDesign design) {
		return this.jdbc
			.sql("SELECT parameters, outcome, objective_value FROM trial WHERE study_id = ? "
					+ "AND state IN ('COMPLETED', 'PRUNED', 'FAILED') ORDER BY trial_number")
			.param(studyId)
			.query((rs, row) -> {
				double value = rs.getDouble("objective_value");
				if (rs.wasNull()) {
					value = Double.NaN;
				}
				return new Observation(design.normalise(StudyJson.map(rs.getString("parameters"))),
						Outcome.valueOf(rs.getString("outcome")), value);
			})
			.list();
	}

	/**
	 * The earliest expired trial whose parameters have not been offered again, marked as
	 * offered; a trial that itself re-ran expired parameters is not offered a third time.
	 */
	Optional<Expired> takeExpired(String studyId) {
		Optional<Expired> expired = this.jdbc
			.sql("SELECT trial_number, parameters FROM trial WHERE study_id = ? AND state = 'EXPIRED' "
					+ "AND reoffered = FALSE AND reoffer_of IS NULL ORDER BY trial_number FETCH FIRST 1 ROWS ONLY")
			.param(studyId)
			.query((rs, row) -> new Expired(rs.getInt("trial_number"), rs.getString("parameters")))
			.optional();
		expired.ifPresent((e) -> this.jdbc
			.sql("UPDATE trial SET reoffered = TRUE, version = version + 1 WHERE study_id = ? AND trial_number = ?")
			.params(studyId, e.number())
			.update());
		return expired;
	}

	Optional<Double> reportAt(String studyId, int number, long step) {
		return this.jdbc
			.sql("SELECT objective_value FROM trial_report WHERE study_id = ? AND trial_number = ? AND step = ?")
			.params(studyId, number, step)
			.query(Double.class)
			.optional();
	}

	void addReport(String studyId, int number, long step, double value) {
		this.jdbc.sql("INSERT INTO trial_report (study_id, trial_number, step, objective_value) VALUES (?, ?, ?, ?)")
			.params(studyId, number, step, value)
			.update();
	}

	/** Every report of a study, by trial then step. */
	List<Report> reports(String studyId) {
		return this.jdbc
			.sql("SELECT r.trial_number, r.step, r.objective_value, t.state FROM trial_report r "
					+ "JOIN trial t ON t.study_id = r.study_id AND t.trial_number = r.trial_number "
					+ "WHERE r.study_id = ? ORDER BY r.trial_number, r.step")
			.param(studyId)
			.query((rs, row) -> new Report(rs.getInt(1), rs.getLong(2), rs.getDouble(3),
					TrialState.valueOf(rs.getString(4))))
			.list();
	}

	/** Reports of a study's trials in one state at one step, but not one trial's. */
	List<Double> valuesAt(String studyId, long step, TrialState state, int except) {
		return this.jdbc
			.sql("SELECT r.objective_value FROM trial_report r JOIN trial t ON t.study_id = r.study_id "
					+ "AND t.trial_number = r.trial_number WHERE r.study_id = ? AND r.step = ? AND t.state = ? "
					+ "AND r.trial_number <> ?")
			.params(studyId, step, state.name(), except)
			.query(Double.class)
			.list();
	}

	/** One trial's reports up to a step, in step order. */
	List<Double> valuesUpTo(String studyId, int number, long step) {
		return this.jdbc
			.sql("SELECT objective_value FROM trial_report WHERE study_id = ? AND trial_number = ? AND step <= ? "
					+ "ORDER BY step")
			.params(studyId, number, step)
			.query(Double.class)
			.list();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	record Expired(int number, String parameters) {
	}

	record Report(int number, long step, double value, TrialState state) {
	}

}
