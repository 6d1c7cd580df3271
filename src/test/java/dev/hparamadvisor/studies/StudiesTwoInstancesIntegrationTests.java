package dev.hparamadvisor.studies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.hparamadvisor.HparamAdvisor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.postgresql.PostgreSQLContainer;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the service, two Spring applications on random ports sharing one
 * PostgreSQL, and 32 worker threads (16 on each) running a 200-trial study to its end
 * over HTTP: every trial number is given once, every completion is recorded, and the
 * counts add up. Nothing but the database is shared, as between replicas.
 */
class StudiesTwoInstancesIntegrationTests {

	private static final int TRIALS = 200;

	private static final int WORKERS = 32;

	private static PostgreSQLContainer postgres;

	private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@BeforeAll
	static void startPostgresAndTwoInstances() {
		Docker.require("the two-instance study test");
		postgres = new PostgreSQLContainer("postgres:15");
		postgres.start();
		for (int i = 0; i < 2; i++) {
			instances.add(new SpringApplicationBuilder(HparamAdvisor.class).run("--server.port=0",
					"--spring.datasource.url=" + postgres.getJdbcUrl(),
					"--spring.datasource.username=" + postgres.getUsername(),
					"--spring.datasource.password=" + postgres.getPassword(), "--server.tomcat.threads.max=16",
					"--spring.datasource.hikari.maximum-pool-size=16", "--management.endpoints.access.default=none"));
		}
	}

	@AfterAll
	static void stopEverything() {
		instances.forEach(ConfigurableApplicationContext::close);
		if (postgres != null) {
			postgres.stop();
		}
	}

	@Test
	void runsA200TrialStudyToTheEndFromTwoInstances() throws Exception {
		List<String> bases = instances.stream()
			.map((context) -> "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort())
			.toList();
		StudyWorkers http = new StudyWorkers();
		String id = http.create(bases.get(0), "two-instances", TRIALS, 16);
		Set<Integer> given = ConcurrentHashMap.newKeySet();
		Map<Integer, Double> completed = new ConcurrentHashMap<>();
		AtomicInteger busy = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int w = 0; w < WORKERS; w++) {
				String base = bases.get(w % 2);
				workers.add(pool.submit(() -> {
					while (true) {
						StudyWorkers.Answer asked = http.post(base, "/v1/studies/" + id + "/trials", "{}");
						if (asked.status() == 409) {
							if (asked.body().path("reason").asString().equals("budget_spent")) {
								return null;
							}
							busy.incrementAndGet();
							Thread.sleep(5);
							continue;
						}
						assertThat(asked.status()).as(asked.body().toString()).isEqualTo(201);
						int number = asked.body().path("number").asInt();
						assertThat(given.add(number)).as("trial %d given once", number).isTrue();
						double value = 1.0 + number / 1000.0;
						StudyWorkers.Answer done = http.post(base,
								"/v1/studies/" + id + "/trials/" + number + "/complete", "{\"value\": " + value + "}");
						assertThat(done.status()).as(done.body().toString()).isEqualTo(200);
						completed.put(number, value);
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
		assertThat(given).hasSize(TRIALS);
		assertThat(completed).hasSize(TRIALS);
		for (String base : bases) {
			JsonNode study = http.get(base, "/v1/studies/" + id).body();
			assertThat(study.path("counts").path("completed").asInt()).isEqualTo(TRIALS);
			assertThat(study.path("counts").path("running").asInt()).isZero();
			assertThat(study.path("state").asString()).isEqualTo("finished");
			assertThat(study.path("best").path("number").asInt()).isZero();
			List<Integer> numbers = new ArrayList<>();
			study.path("trials").forEach((t) -> {
				numbers.add(t.path("number").asInt());
				assertThat(t.path("value").asDouble()).isEqualTo(completed.get(t.path("number").asInt()));
			});
			assertThat(numbers).hasSize(TRIALS).doesNotHaveDuplicates();
		}
	}

}
