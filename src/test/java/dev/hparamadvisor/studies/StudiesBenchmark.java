package dev.hparamadvisor.studies;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import dev.hparamadvisor.HparamAdvisor;
import dev.hparamadvisor.studies.TrialRequests.Complete;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: measures the studies over HTTP on this machine. Ask + complete round trips
 * per second with 1, 8 and 32 workers, and the latency of an ask once 10, 1,000 and
 * 10,000 trials have completed (the sampler reads them all). Runs the service in this JVM
 * on an H2 file in a temporary folder, or on {@code -Dspring.datasource.url=...}. See
 * docs/STUDIES.md for the command and the figures.
 */
public final class StudiesBenchmark {

	private StudiesBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Files.createTempDirectory("studies-bench");
		String url = System.getProperty("spring.datasource.url",
				"jdbc:h2:file:" + folder.resolve("studies") + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH");
		long seconds = Long.getLong("seconds", 10);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HparamAdvisor.class).run(
				"--server.port=0", "--spring.datasource.url=" + url, "--logging.level.root=WARN",
				"--hparam-advisor.studies.lease=1h")) {
			String base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
			StudyWorkers http = new StudyWorkers();
			for (int workers : new int[] { 1, 8, 32 }) {
				String id = http.create(base, "throughput-" + workers, 100_000, workers);
				roundTrips(http, base, id, workers, 2);
				double perSecond = roundTrips(http, base, id, workers, seconds);
				System.out.printf("ask+complete, %2d workers: %7.1f round trips/s%n", workers, perSecond);
			}
			TrialAsking asking = context.getBean(TrialAsking.class);
			TrialReporting reporting = context.getBean(TrialReporting.class);
			String id = http.create(base, "latency", 100_000, 1);
			int done = 0;
			for (int target : new int[] { 10, 1_000, 10_000 }) {
				for (; done < target; done++) {
					int number = asking.ask(Tenants.DEFAULT, id, "fill", null).trial().number();
					reporting.complete(Tenants.DEFAULT, id, number, new Complete(1.0 + done % 97 / 100.0, null, null));
				}
				long[] nanos = new long[30];
				for (int i = 0; i < nanos.length; i++) {
					long start = System.nanoTime();
					int number = http.post(base, "/v1/studies/" + id + "/trials", "{}").body().path("number").asInt();
					nanos[i] = System.nanoTime() - start;
					reporting.complete(Tenants.DEFAULT, id, number, new Complete(1.5, null, null));
					done++;
				}
				Arrays.sort(nanos);
				System.out.printf("ask latency after %,6d completed trials: median %6.1f ms, p90 %6.1f ms%n", target,
						nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 9 / 10] / 1e6);
			}
		}
	}

	private static double roundTrips(StudyWorkers http, String base, String id, int workers, long seconds)
			throws Exception {
		AtomicLong count = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		List<Future<?>> futures = new ArrayList<>();
		long start = System.nanoTime();
		for (int w = 0; w < workers; w++) {
			futures.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					StudyWorkers.Answer asked = http.post(base, "/v1/studies/" + id + "/trials", "{}");
					if (asked.status() != 201) {
						continue;
					}
					int number = asked.body().path("number").asInt();
					http.post(base, "/v1/studies/" + id + "/trials/" + number + "/complete", "{\"value\": 1.0}");
					count.incrementAndGet();
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		return count.get() / ((System.nanoTime() - start) / 1e9);
	}

}
