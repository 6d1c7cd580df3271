package dev.hparamadvisor.studies;

import java.util.List;
import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/** The studies, looked up only with their tenant: another tenant's study is not found. */
interface StudyRepository extends ListCrudRepository<Study, String> {

	Optional<Study> findByIdAndTenant(String id, String tenant);

	/** The study with its row locked until the transaction ends ({@code FOR UPDATE}). */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<Study> readByIdAndTenant(String id, String tenant);

	List<Study> findByTenantOrderByCreatedAtDesc(String tenant);

}
