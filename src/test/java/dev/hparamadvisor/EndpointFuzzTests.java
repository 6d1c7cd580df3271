package dev.hparamadvisor;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arbitrary bytes posted to each endpoint that reads a body, over HTTP to the running
 * service: {@code POST /v1/validate} as JSON or YAML (every answer a 200 report whose
 * findings all name a parameter, or a 4xx problem), {@code POST /v1/estimate} and
 * {@code POST /v1/recommend} as JSON (a 200 or a 4xx problem); never a 5xx, never a stack
 * trace. Runs its seed corpus in {@code ./mvnw verify}; fuzzes with
 * {@code JAZZER_FUZZ=1}.
 */
class EndpointFuzzTests {

	private static ConfigurableApplicationContext context;

	private static URI base;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@BeforeAll
	static void start() {
		context = SpringApplication.run(HparamAdvisor.class, "--server.port=0", "--server.address=127.0.0.1",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN");
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		base = URI.create("http://127.0.0.1:" + port + "/");
	}

	@AfterAll
	static void stop() {
		if (context != null) {
			context.close();
		}
	}

	@FuzzTest(maxDuration = "30s")
	void anyBodyIsAnsweredWith200Or400(FuzzedDataProvider data) throws Exception {
		boolean yaml = data.consumeBoolean();
		Answer answer = post("/v1/validate", yaml ? "application/yaml" : "application/json",
				data.consumeRemainingAsBytes());
		if (answer.status() == 200) {
			JsonNode report = MAPPER.readTree(answer.body());
			boolean hasError = false;
			for (JsonNode finding : report.path("findings")) {
				assertThat(finding.path("parameter").asString("")).isNotBlank();
				assertThat(finding.path("code").asString("")).matches("[A-Z_0-9]+");
				hasError |= finding.path("severity").asString("").equals("ERROR");
			}
			assertThat(report.path("valid").asBoolean()).isEqualTo(!hasError);
		}
	}

	@FuzzTest(maxDuration = "30s")
	void anyEstimateBodyIsAnsweredWith200Or400(FuzzedDataProvider data) throws Exception {
		Answer answer = post("/v1/estimate", "application/json", data.consumeRemainingAsBytes());
		if (answer.status() == 200) {
			assertThat(MAPPER.readTree(answer.body()).path("peak_memory_gib").asDouble(-1)).isNotNegative();
		}
	}

	@FuzzTest(maxDuration = "30s")
	void anyRecommendBodyIsAnsweredWith200Or400(FuzzedDataProvider data) throws Exception {
		Answer answer = post("/v1/recommend", "application/json", data.consumeRemainingAsBytes());
		if (answer.status() == 200) {
			assertThat(MAPPER.readTree(answer.body()).path("recommendations").size()).isGreaterThanOrEqualTo(19);
		}
	}

	/**
	 * Posts a body; checks what every answer must be: a 200 JSON or a 4xx problem, no
	 * internals.
	 */
	private static Answer post(String path, String contentType, byte[] body) throws Exception {
		// The target talks to the service on loopback, which Jazzer's request-forgery
		// detector
		// would report; it wants this said at the start of every run.
		BugDetectors.allowNetworkConnections((host, port) -> "127.0.0.1".equals(host) || "localhost".equals(host));
		HttpURLConnection connection = (HttpURLConnection) base.resolve(path).toURL().openConnection();
		connection.setRequestMethod("POST");
		connection.setConnectTimeout(5000);
		connection.setReadTimeout(10000);
		connection.setDoOutput(true);
		connection.setRequestProperty("Content-Type", contentType);
		try (OutputStream out = connection.getOutputStream()) {
			out.write(body);
		}
		int status = connection.getResponseCode();
		String type = String.valueOf(connection.getContentType());
		InputStream stream = (status < 400) ? connection.getInputStream() : connection.getErrorStream();
		String answer = (stream != null) ? new String(stream.readAllBytes(), StandardCharsets.UTF_8) : "";
		connection.disconnect();
		assertThat(answer).doesNotContain("Exception", "\tat ", "tools.jackson", "java.lang");
		if (status == 200) {
			assertThat(type).startsWith("application/json");
		}
		else {
			assertThat(status).isBetween(400, 499);
			assertThat(type).startsWith("application/problem+json");
		}
		return new Answer(status, answer);
	}

	private record Answer(int status, String body) {
	}

}
