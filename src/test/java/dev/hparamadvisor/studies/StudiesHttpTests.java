package dev.hparamadvisor.studies;

import java.time.Duration;

import dev.hparamadvisor.OpenApiSchemas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The study endpoints over HTTP, on the whole service with an in-memory H2 and a clock
 * the tests move: the create/ask/report/complete loop, idempotency, expiry, the budget,
 * the pruner, the exports, and the 4xx answers with JSON pointers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(StudiesTestConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class StudiesHttpTests {

	static final String LORA_STUDY = """
			{"name": "llama8b-lora-chat", "objective": {"metric": "eval_loss", "goal": "minimize"},
			 "scenario": {"task": "chat", "method": "lora", "model": {"preset": "llama-3.1-8b"},
			              "dataset": {"examples": 12000, "avg_tokens": 650}},
			 "space": {"learning_rate": {"type": "float", "min": 1e-5, "max": 1e-3, "scale": "log"},
			           "r": {"type": "int", "min": 8, "max": 128, "scale": "log"},
			           "lr_schedule": {"type": "choice", "choices": ["cosine", "linear"]}},
			 "budget": {"max_trials": %d, "max_parallel": %d}, "sampler": "advised", "seed": 7, "pruner": "%s"}
			""";

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private RestTestClient client;

	@Autowired
	private MutableClock clock;

	@LocalServerPort
	private int port;

	private OpenApiSchemas schemas;

	@BeforeEach
	void loadTheDocument() {
		this.schemas = OpenApiSchemas.servedOn(this.port);
	}

	@Test
	void createsAStudyAroundTheRecommendation() {
		JsonNode study = create(LORA_STUDY.formatted(30, 4, "median"));
		assertThat(study.path("space").findValuesAsString("name")).containsExactly("learning_rate", "lora_r",
				"lr_schedule");
		JsonNode lr = study.path("space").get(0);
		assertThat(lr.path("prior").path("centre").asDouble()).isEqualTo(2e-4);
		assertThat(lr.path("prior").path("spread").asDouble()).isCloseTo((Math.log10(1e-3) - Math.log10(5e-5)) / 4,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(lr.path("prior").path("source").asString()).contains("practice range", "hu-2021");
		assertThat(study.path("fixed").path("batch_size").asInt()).isPositive();
		assertThat(study.path("fixed").has("learning_rate")).isFalse();
		assertThat(study.path("counts").path("remaining").asInt()).isEqualTo(30);
	}

	@Test
	void runsTheAskReportCompleteLoop() {
		String id = create(LORA_STUDY.formatted(3, 2, "median")).path("id").asString();
		JsonNode first = ask(id, "gpu-node-3", null, 201);
		assertThat(first.path("number").asInt()).isZero();
		assertThat(first.path("state").asString()).isEqualTo("RUNNING");
		assertThat(first.path("parameters").path("learning_rate").asDouble()).isEqualTo(2e-4);
		assertThat(first.path("parameters").path("lora_r").asInt()).isEqualTo(16);
		assertThat(first.path("configuration").path("batch_size").asInt()).isPositive();
		assertThat(first.path("reason").asString()).contains("recommendation");
		assertThat(java.time.Instant.parse(first.path("lease_expires_at").asString()))
			.isEqualTo(this.clock.instant().plus(Duration.ofMinutes(10)));
		JsonNode decision = post("/v1/studies/" + id + "/trials/0/reports", "{\"step\": 200, \"value\": 1.93}", 200);
		assertThat(decision.path("decision").asString()).isEqualTo("continue");
		JsonNode done = post("/v1/studies/" + id + "/trials/0/complete", "{\"value\": 1.41}", 200);
		assertThat(done.path("state").asString()).isEqualTo("COMPLETED");
		post("/v1/studies/" + id + "/trials/0/complete", "{\"value\": 1.41}", 200);
		JsonNode conflict = post("/v1/studies/" + id + "/trials/0/complete", "{\"value\": 1.5}", 409);
		assertThat(conflict.path("type").asString()).isEqualTo("/problems/trial-conflict");
		JsonNode second = ask(id, "gpu-node-4", null, 201);
		assertThat(second.path("number").asInt()).isEqualTo(1);
		assertThat(second.path("reason").asString()).contains("Sampled");
		JsonNode failed = post("/v1/studies/" + id + "/trials/1/complete",
				"{\"state\": \"FAILED\", \"reason\": \"CUDA error: out of memory\"}", 200);
		assertThat(failed.path("state").asString()).isEqualTo("FAILED");
		ask(id, null, null, 201);
		JsonNode spent = ask(id, null, null, 409);
		assertThat(spent.path("reason").asString()).isEqualTo("budget_spent");
		JsonNode study = get("/v1/studies/" + id, 200);
		assertThat(study.path("counts").path("completed").asInt()).isEqualTo(1);
		assertThat(study.path("counts").path("failed").asInt()).isEqualTo(1);
		assertThat(study.path("counts").path("running").asInt()).isEqualTo(1);
		assertThat(study.path("best").path("number").asInt()).isZero();
		assertThat(study.path("trials")).hasSize(3);
	}

	@Test
	void theSameIdempotencyKeyGetsTheSameTrial() {
		String id = create(LORA_STUDY.formatted(10, 4, "none")).path("id").asString();
		JsonNode first = ask(id, "w", "key-1", 201);
		JsonNode again = ask(id, "w", "key-1", 200);
		assertThat(again).isEqualTo(first);
		assertThat(ask(id, "w", "key-2", 201).path("number").asInt()).isEqualTo(1);
	}

	@Test
	void refusesMoreThanMaxParallel() {
		String id = create(LORA_STUDY.formatted(10, 1, "none")).path("id").asString();
		ask(id, "w", null, 201);
		JsonNode busy = ask(id, "w", null, 409);
		assertThat(busy.path("reason").asString()).isEqualTo("max_parallel");
		assertThat(busy.path("detail").asString()).contains("max_parallel of 1");
	}

	@Test
	void anExpiredTrialsParametersAreOfferedOnceAgain() {
		String id = create(LORA_STUDY.formatted(3, 1, "none")).path("id").asString();
		JsonNode lost = ask(id, "dies", null, 201);
		post("/v1/studies/" + id + "/trials/0/heartbeat", "", 200);
		this.clock.advance(Duration.ofMinutes(11));
		JsonNode expired = post("/v1/studies/" + id + "/trials/0/heartbeat", "", 409);
		assertThat(expired.path("state").asString()).isEqualTo("EXPIRED");
		JsonNode again = ask(id, "lives", null, 201);
		assertThat(again.path("number").asInt()).isEqualTo(1);
		assertThat(again.path("parameters")).isEqualTo(lost.path("parameters"));
		assertThat(again.path("reason").asString()).contains("trial 0");
		this.clock.advance(Duration.ofMinutes(11));
		JsonNode third = ask(id, "next", null, 201);
		assertThat(third.path("reason").asString()).contains("Sampled");
		JsonNode study = get("/v1/studies/" + id, 200);
		assertThat(study.path("counts").path("expired").asInt()).isEqualTo(2);
		assertThat(study.path("counts").path("counted").asInt()).isEqualTo(1);
	}

	@Test
	void refusesWhatIsNotAStudyWithPointers() {
		JsonNode problem = post("/v1/studies", """
				{"name": "x", "objective": {"metric": "loss", "goal": "minimize"},
				 "space": {"learnin_rate": {"type": "float", "min": 1e-5, "max": 1e-3},
				           "weight_decay": {"type": "float", "min": 0, "max": 0.1, "scale": "log"},
				           "warmup_steps": {"type": "int", "min": 100, "max": 10}},
				 "budget": {"max_trials": 10, "max_parallel": 2}}""", 400);
		assertThat(problem.path("type").asString()).isEqualTo("/problems/invalid-study");
		assertThat(problem.path("errors").findValuesAsString("pointer"))
			.containsExactlyInAnyOrder("/space/learnin_rate", "/space/weight_decay/min", "/space/warmup_steps/min");
		assertThat(post("/v1/studies", "{\"name\": \"x\"}", 400).path("errors").findValuesAsString("pointer"))
			.contains("/objective", "/budget");
		assertThat(get("/v1/studies/no-such-study", 404).path("type").asString()).isEqualTo("/problems/unknown-study");
	}

	@Test
	void exportsTheBestConfigurationAsAToolsConfiguration() {
		String id = create(LORA_STUDY.formatted(5, 1, "none")).path("id").asString();
		ask(id, "w", null, 201);
		post("/v1/studies/" + id + "/trials/0/complete", "{\"value\": 1.2}", 200);
		String axolotl = this.client.get()
			.uri("/v1/studies/" + id + "/best?format=axolotl")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
		assertThat(axolotl).contains("# Best trial 0", "learning_rate: 2.0E-4", "lora_r: 16", "adapter: lora");
		this.client.delete().uri("/v1/studies/" + id).exchange().expectStatus().isNoContent();
		get("/v1/studies/" + id, 404);
	}

	@Test
	void warnsAtStartUpThatStudiesAreOpen(CapturedOutput output) {
		assertThat(output.getAll().split("No API keys are configured", -1)).as("one warning")
			.hasSizeLessThanOrEqualTo(2);
		assertThat(get("/v1/studies", 200).path("count").isInt()).isTrue();
	}

	JsonNode create(String body) {
		return post("/v1/studies", body, 201);
	}

	JsonNode ask(String id, String worker, String key, int status) {
		var request = this.client.post()
			.uri("/v1/studies/" + id + "/trials")
			.contentType(MediaType.APPLICATION_JSON)
			.body((worker != null) ? "{\"worker\": \"" + worker + "\"}" : "{}");
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		var result = request.exchange().expectStatus().isEqualTo(status).returnResult(String.class);
		this.schemas.assertConforms(result);
		return read(result.getResponseBody());
	}

	JsonNode post(String uri, String body, int status) {
		var result = this.client.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.returnResult(String.class);
		this.schemas.assertConforms(result);
		return read(result.getResponseBody());
	}

	JsonNode get(String uri, int status) {
		var result = this.client.get().uri(uri).exchange().expectStatus().isEqualTo(status).returnResult(String.class);
		this.schemas.assertConforms(result);
		return read(result.getResponseBody());
	}

	static JsonNode read(String body) {
		return json.readTree((body != null) ? body : "null");
	}

}
