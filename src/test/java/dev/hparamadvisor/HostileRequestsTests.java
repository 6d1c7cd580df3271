package dev.hparamadvisor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and broken requests against every endpoint, over real HTTP: each is answered
 * with the expected 4xx as application/problem+json that says what is wrong, quickly,
 * never with a 5xx, a stack trace or an internal class name. Each answer also matches the
 * schema the OpenAPI document gives for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient // the same context as the other whole-service suites,
								// started once
class HostileRequestsTests {

	private static final String JSON = "application/json";

	private static final String YAML = "application/yaml";

	private static final String ESTIMATE = "{\"model\": {\"preset\": \"llama-3.1-8b\"}, \"method\": \"lora\", "
			+ "\"precision\": \"bf16\", \"optimizer\": \"adamw\", \"batch_size\": 4, \"sequence_length\": 2048, "
			+ "\"gradient_checkpointing\": true}";

	@LocalServerPort
	private int port;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	record Hostile(String name, String method, String path, String contentType, String accept, byte[] body,
			int status) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Arguments> requests() {
		List<Hostile> all = new ArrayList<>();
		for (String path : List.of("/v1/validate", "/v1/estimate")) {
			String what = path.substring(4);
			all.add(post(what + ": malformed JSON", path, JSON, "{\"a\": ", 400));
			all.add(post(what + ": empty body", path, JSON, "", 400));
			all.add(post(what + ": an array", path, JSON, "[1, 2, 3]", 400));
			all.add(post(what + ": a string", path, JSON, "\"hello\"", 400));
			all.add(post(what + ": NaN", path, JSON, "{\"batch_size\": NaN}", 400));
			all.add(post(what + ": Infinity", path, JSON, "{\"batch_size\": Infinity}", 400));
			all.add(post(what + ": 400 digits", path, JSON, "{\"batch_size\": 1" + "0".repeat(400) + "}", 400));
			all.add(post(what + ": 1 MB string", path, JSON, "{\"x\": \"" + "a".repeat(1_048_600) + "\"}", 413));
			all.add(post(what + ": 10,000 keys", path, JSON, keys(10_000), 400));
			all.add(post(what + ": 10,000 deep", path, JSON, "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), 400));
			if (!path.equals("/v1/validate")) {
				// /v1/validate reads a configuration as the tools' loaders do (the last
				// value and a DUPLICATE_KEY finding, ValidationControllerTests)
				all.add(post(what + ": duplicate keys", path, JSON, "{\"batch_size\": 4, \"batch_size\": 8}", 400));
			}
			all.add(new Hostile(what + ": 20 MB body", "POST", path, JSON, JSON, new byte[20 * 1024 * 1024], 413));
			all.add(post(what + ": text/plain", path, "text/plain", "lr=1", 415));
			all.add(post(what + ": no content type", path, null, "{}", 415));
			all.add(new Hostile(what + ": Accept application/xml", "POST", path, JSON, "application/xml",
					"{}".getBytes(), 406));
			all.add(new Hostile(what + ": GET", "GET", path, null, JSON, null, 405));
			all.add(new Hostile(what + ": DELETE", "DELETE", path, null, JSON, null, 405));
			all.add(post(what + ": unknown query parameter", path + "?verbose=true", JSON, "{}", 400));
		}
		all.add(post("validate: malformed YAML", "/v1/validate", YAML, "a: [1, 2\nb: {", 400));
		all.add(post("validate: YAML alias bomb", "/v1/validate", YAML, aliasBomb(), 400));
		all.add(post("validate: YAML 10,000 deep", "/v1/validate", YAML, "[".repeat(10_000) + "]".repeat(10_000), 400));
		all.add(post("validate: hyperparameters a number", "/v1/validate", JSON, "{\"hyperparameters\": 5}", 400));
		all.add(post("validate: context without hyperparameters", "/v1/validate", JSON,
				"{\"context\": {\"method\": \"lora\"}}", 400));
		all.add(post("validate: context a list", "/v1/validate", JSON, "{\"hyperparameters\": {}, \"context\": []}",
				400));
		all.add(post("validate: context wrong type", "/v1/validate", JSON,
				"{\"hyperparameters\": {}, \"context\": {\"dataset_examples\": \"many\"}}", 400));
		all.add(post("validate: context 1e400", "/v1/validate", JSON,
				"{\"hyperparameters\": {}, \"context\": {\"model_parameters\": 1e400}}", 400));
		all.add(post("estimate: negative batch", "/v1/estimate", JSON,
				ESTIMATE.replace("\"batch_size\": 4", "\"batch_size\": -4"), 400));
		all.add(post("estimate: 1e400 parameters", "/v1/estimate", JSON,
				ESTIMATE.replace("{\"preset\": \"llama-3.1-8b\"}", "{\"parameters\": 1e400}"), 400));
		all.add(post("estimate: model a string", "/v1/estimate", JSON,
				ESTIMATE.replace("{\"preset\": \"llama-3.1-8b\"}", "\"llama\""), 400));
		all.add(post("estimate: unknown field", "/v1/estimate", JSON,
				ESTIMATE.replace("{\"model\"", "{\"colour\": 1, \"model\""), 400));
		String diagnose = "/v1/diagnose";
		all.add(post("diagnose: malformed JSON", diagnose, JSON, "{\"log_history\": [{\"step\": 1, \"loss\": ", 400));
		all.add(post("diagnose: empty body", diagnose, JSON, "", 400));
		all.add(post("diagnose: a string", diagnose, JSON, "\"hello\"", 400));
		all.add(post("diagnose: not a log", diagnose, JSON, "{\"a\": 1}", 400));
		all.add(post("diagnose: no loss anywhere", diagnose, JSON, "{\"log_history\": [{\"step\": 1, \"epoch\": 1}]}",
				400));
		all.add(post("diagnose: 10,000 deep", diagnose, JSON, "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000),
				400));
		all.add(post("diagnose: envelope context a list", diagnose, JSON,
				"{\"log\": {\"log_history\": [{\"step\": 1, \"loss\": 2.0}]}, \"context\": []}", 400));
		all.add(post("diagnose: CSV without a step column", diagnose, "text/csv", "loss,lr\n1.2,2e-5\n", 400));
		all.add(new Hostile("diagnose: binary garbage", "POST", diagnose, "application/octet-stream", JSON,
				new byte[] { 0, 1, 2, (byte) 0xff, (byte) 0xfe, 10, 0, 0x7f }, 400));
		all.add(post("diagnose: unknown format", diagnose + "?format=excel", JSON, "{}", 400));
		all.add(post("diagnose: unknown query parameter", diagnose + "?verbose=true", JSON, "{}", 400));
		all.add(new Hostile("diagnose: 33 MB body", "POST", diagnose, JSON, JSON, new byte[33 * 1024 * 1024], 413));
		all.add(post("diagnose: text/plain", diagnose, "text/plain", "Step 1 | loss:2.0", 415));
		all.add(new Hostile("diagnose: GET", "GET", diagnose, null, JSON, null, 405));
		all.add(get("parameters: unknown id", "/v1/parameters/nope", 404));
		all.add(get("parameters: path traversal", "/v1/parameters/..%2F..%2Fetc%2Fpasswd", 404));
		all.add(get("parameters: dotted traversal", "/v1/parameters/../../etc/passwd", 404));
		all.add(get("parameters: unknown phase", "/v1/parameters?phase=serving", 400));
		all.add(get("parameters: unknown query parameter", "/v1/parameters?debug=1", 400));
		all.add(new Hostile("parameters: POST", "POST", "/v1/parameters", JSON, JSON, "{}".getBytes(), 405));
		all.add(new Hostile("parameters: Accept xml", "GET", "/v1/parameters", null, "application/xml", null, 406));
		all.add(get("unknown path", "/v2/everything", 404));
		all.add(get("encoded control character in the path", "/v1/parameters/%00", 400));
		return all.stream().map(Arguments::of);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("requests")
	void isAnsweredWithAProblemThatSaysWhatIsWrong(Hostile hostile) throws Exception {
		HttpRequest.Builder builder = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + hostile.path()))
			.timeout(Duration.ofSeconds(20))
			.header("Accept", hostile.accept());
		if (hostile.contentType() != null) {
			builder.header("Content-Type", hostile.contentType());
		}
		HttpRequest.BodyPublisher body = (hostile.body() != null)
				? HttpRequest.BodyPublishers.ofByteArray(hostile.body()) : HttpRequest.BodyPublishers.noBody();
		long start = System.nanoTime();
		HttpResponse<String> response = this.client.send(builder.method(hostile.method(), body).build(),
				HttpResponse.BodyHandlers.ofString());
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(response.statusCode()).as("%s: %s", hostile, response.body()).isEqualTo(hostile.status());
		assertThat(response.headers().firstValue("Content-Type")).as(hostile.name())
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"detail\"", "\"type\"")
			.doesNotContain("Exception", "\tat ", "tools.jackson", "java.", "org.springframework");
		assertThat(millis).as("answered in bounded time").isLessThan(10_000);
		OpenApiSchemas.servedOn(this.port)
			.assertConforms(HttpMethod.valueOf(hostile.method()), URI.create(hostile.path()).getRawPath(),
					response.statusCode(),
					response.headers().firstValue("Content-Type").map(MediaType::parseMediaType).orElse(null),
					response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@org.junit.jupiter.api.Test
	void aChunkedLogOverTheLimitIsRefusedWhileItIsRead() throws Exception {
		// no Content-Length: the body filter counts the bytes as the diagnosis streams
		// them. The body is written from another thread while this one reads the answer,
		// which may come before the client has sent everything.
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(60_000);
			java.io.OutputStream out = socket.getOutputStream();
			out.write(("POST /v1/diagnose HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
					+ "Accept: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
				.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
			Thread writer = new Thread(() -> {
				byte[] line = "{\"step\": 1, \"loss\": 2.0}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
				byte[] chunk = new byte[line.length * 2048];
				for (int i = 0; i < 2048; i++) {
					System.arraycopy(line, 0, chunk, i * line.length, line.length);
				}
				byte[] head = (Integer.toHexString(chunk.length) + "\r\n")
					.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
				try {
					for (long sent = 0; sent <= 33L * 1024 * 1024; sent += chunk.length) {
						out.write(head);
						out.write(chunk);
						out.write(new byte[] { '\r', '\n' });
					}
					out.write("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
				}
				catch (java.io.IOException closed) {
					// the server answered and closed the connection: what this test
					// expects
				}
			});
			writer.setDaemon(true);
			writer.start();
			String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			writer.join(60_000);
			assertThat(answer).startsWith("HTTP/1.1 413");
			assertThat(answer).contains("application/problem+json", "max-log-bytes")
				.doesNotContain("Exception", "java.");
		}
	}

	@org.junit.jupiter.api.Test
	void aRequestLineTomcatRefusesIsStillAProblem() throws Exception {
		for (String target : new String[] { "/v1/parameters/%ZZ", "/v1/parameters/a{b}", "/v1/parameters/\u0001" }) {
			try (java.net.Socket socket = new java.net.Socket("127.0.0.1", this.port)) {
				socket.setSoTimeout(10_000);
				socket.getOutputStream()
					.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
						.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
				String answer = new String(socket.getInputStream().readAllBytes(),
						java.nio.charset.StandardCharsets.UTF_8);
				assertThat(answer).as(target).startsWith("HTTP/1.1 400");
				assertThat(answer).as(target).contains("application/problem+json", "\"status\":400");
				assertThat(answer).doesNotContain("<html", "Exception");
			}
		}
	}

	private static Hostile post(String name, String path, String type, String body, int status) {
		return new Hostile(name, "POST", path, type, JSON, body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				status);
	}

	private static Hostile get(String name, String path, int status) {
		return new Hostile(name, "GET", path, null, JSON, null, status);
	}

	private static String keys(int count) {
		StringBuilder json = new StringBuilder("{");
		for (int i = 0; i < count; i++) {
			json.append(i > 0 ? "," : "").append("\"k").append(i).append("\":").append(i);
		}
		return json.append('}').toString();
	}

	private static String aliasBomb() {
		StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
		char previous = 'a';
		for (char c = 'b'; c <= 'j'; c++) {
			yaml.append(c).append(": &").append(c).append(" [");
			for (int i = 0; i < 9; i++) {
				yaml.append(i > 0 ? ", " : "").append('*').append(previous);
			}
			yaml.append("]\n");
			previous = c;
		}
		return yaml.toString();
	}

}
