package dev.hparamadvisor.studies;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A worker's side of the API over plain HTTP, as a training job would call it: create,
 * ask, report, complete. For the tests that run the service in several processes.
 */
final class StudyWorkers {

	static final String STUDY = """
			{"name": "%s", "objective": {"metric": "eval_loss", "goal": "minimize"},
			 "space": {"learning_rate": {"type": "float", "min": 1e-5, "max": 1e-3, "scale": "log"},
			           "lora_r": {"type": "int", "min": 4, "max": 64, "scale": "log"}},
			 "budget": {"max_trials": %d, "max_parallel": %d}, "sampler": "random", "pruner": "none"}
			""";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** An answer: its status and body. */
	record Answer(int status, JsonNode body) {
	}

	Answer post(String base, String path, String body) throws Exception {
		return postWithKey(base, null, path, body);
	}

	Answer postWithKey(String base, String key, String path, String body) throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
		if (key != null) {
			builder.header("X-API-Key", key);
		}
		HttpRequest request = builder.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), json.readTree(response.body().isEmpty() ? "null" : response.body()));
	}

	Answer get(String base, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), json.readTree(response.body()));
	}

	String create(String base, String name, int maxTrials, int maxParallel) throws Exception {
		return createWithKey(base, null, name, maxTrials, maxParallel);
	}

	String createWithKey(String base, String key, String name, int maxTrials, int maxParallel) throws Exception {
		Answer created = postWithKey(base, key, "/v1/studies", STUDY.formatted(name, maxTrials, maxParallel));
		if (created.status() != 201) {
			throw new IllegalStateException("create answered " + created.status() + ": " + created.body());
		}
		return created.body().path("id").asString();
	}

}
