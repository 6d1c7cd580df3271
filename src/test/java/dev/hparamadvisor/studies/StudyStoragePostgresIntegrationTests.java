package dev.hparamadvisor.studies;

import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Import;

/**
 * The storage contract on PostgreSQL 15 in a container, which Spring Boot starts and
 * connects the data source to. Skipped without Docker, unless {@code REQUIRE_DOCKER} is
 * set.
 */
@SpringBootTest
@Import(StudiesTestConfiguration.class)
class StudyStoragePostgresIntegrationTests extends StudyStorageContract {

	@ServiceConnection
	static final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:15");

	@BeforeAll
	static void requireDocker() {
		Docker.require("the storage test on PostgreSQL");
	}

}
