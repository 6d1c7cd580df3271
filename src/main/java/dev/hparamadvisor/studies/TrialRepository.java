package dev.hparamadvisor.studies;

import java.util.List;
import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/** The trials of the studies, always looked up within a study. */
interface TrialRepository extends ListCrudRepository<Trial, Long> {

	List<Trial> findByStudyIdOrderByTrialNumber(String studyId);

	Optional<Trial> findByStudyIdAndIdempotencyKey(String studyId, String idempotencyKey);

	/** The trial with its row locked until the transaction ends ({@code FOR UPDATE}). */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<Trial> readByStudyIdAndTrialNumber(String studyId, int number);

}
