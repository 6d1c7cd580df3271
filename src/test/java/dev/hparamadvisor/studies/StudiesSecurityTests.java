package dev.hparamadvisor.studies;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With API keys configured: every study endpoint needs a key (401 problem+json with a
 * challenge without one, or with a wrong one), a study belongs to its tenant (404 for
 * another's), the stateless endpoints, actuator, the OpenAPI document and the page stay
 * open, no session is made, and no key appears in a log, a metric or a problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "hparam-advisor.security.api-keys=team-a:" + StudiesSecurityTests.KEY_A + ",team-b:"
				+ StudiesSecurityTests.KEY_B)
@AutoConfigureRestTestClient
@Import(StudiesTestConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class StudiesSecurityTests {

	static final String KEY_A = "key-of-team-a-4f1c9e2d7b";

	static final String KEY_B = "key-of-team-b-8a6d3c1f0e";

	private static final String WRONG = "not-a-key-of-anyone-5e7a";

	@Autowired
	private RestTestClient client;

	@Test
	void eachStudyEndpointNeedsAKeyOfTheStudysTenant(CapturedOutput output) {
		String id = read(exchange(HttpMethod.POST, "/v1/studies", "Bearer " + KEY_A,
				StudiesHttpTests.LORA_STUDY.formatted(5, 2, "median"), 201))
			.split("\"id\":\"")[1].split("\"")[0];
		exchange(HttpMethod.POST, "/v1/studies/" + id + "/trials", "X-API-Key " + KEY_A, "{}", 201);
		List<String[]> endpoints = List.of(new String[] { "GET", "/v1/studies" },
				new String[] { "POST", "/v1/studies" }, new String[] { "GET", "/v1/studies/" + id },
				new String[] { "DELETE", "/v1/studies/" + id }, new String[] { "GET", "/v1/studies/" + id + "/best" },
				new String[] { "POST", "/v1/studies/" + id + "/trials" },
				new String[] { "POST", "/v1/studies/" + id + "/trials/0/heartbeat" },
				new String[] { "POST", "/v1/studies/" + id + "/trials/0/reports" },
				new String[] { "POST", "/v1/studies/" + id + "/trials/0/complete" });
		for (String[] endpoint : endpoints) {
			HttpMethod method = HttpMethod.valueOf(endpoint[0]);
			String body = endpoint[1].endsWith("reports") ? "{\"step\": 1, \"value\": 1.0}"
					: endpoint[1].endsWith("complete") ? "{\"value\": 1.0}" : "{}";
			String missing = unauthorized(method, endpoint[1], null, body, "Bearer realm=\"hparam-advisor\"");
			assertThat(missing).contains("/problems/unauthorized", "StudiesneedanAPIkey");
			String wrong = unauthorized(method, endpoint[1], "Bearer " + WRONG, body, "error=\"invalid_token\"");
			assertThat(wrong).contains("notknown").doesNotContain(WRONG);
			if (!endpoint[1].equals("/v1/studies")) {
				String other = read(exchange(method, endpoint[1], "X-API-Key " + KEY_B, body, 404));
				assertThat(other).contains("/problems/unknown-study");
			}
		}
		String list = read(exchange(HttpMethod.GET, "/v1/studies", "Bearer " + KEY_B, null, 200));
		assertThat(list).contains("\"count\":0");
		assertThat(read(exchange(HttpMethod.GET, "/v1/studies", "Bearer " + KEY_A, null, 200))).contains(id);
		String metrics = read(exchange(HttpMethod.GET, "/actuator/prometheus", null, null, 200));
		assertThat(metrics + output.getAll()).doesNotContain(KEY_A, KEY_B, WRONG);
	}

	@Test
	void theStatelessEndpointsThePageAndActuatorStayOpen() {
		exchange(HttpMethod.GET, "/v1/parameters", null, null, 200);
		exchange(HttpMethod.POST, "/v1/recommend", null, """
				{"task": "chat", "method": "lora", "model": {"preset": "llama-3.1-8b"},
				 "dataset": {"examples": 12000, "avg_tokens": 650}}""", 200);
		exchange(HttpMethod.GET, "/actuator/health", null, null, 200);
		exchange(HttpMethod.GET, "/v3/api-docs", null, null, 200);
		exchange(HttpMethod.GET, "/swagger-ui/index.html", null, null, 200);
		this.client.get()
			.uri("/studies/any-id")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML);
		this.client.get()
			.uri("/v1/studies")
			.header("Authorization", "Bearer " + KEY_A)
			.exchange()
			.expectHeader()
			.doesNotExist("Set-Cookie");
	}

	private String unauthorized(HttpMethod method, String uri, String authorization, String body, String challenge) {
		var spec = exchange(method, uri, authorization, body, 401);
		assertThat(spec.returnResult(String.class).getResponseHeaders().getFirst("WWW-Authenticate"))
			.contains(challenge);
		assertThat(spec.returnResult(String.class).getResponseHeaders().getContentType())
			.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		return read(spec);
	}

	private RestTestClient.ResponseSpec exchange(HttpMethod method, String uri, String authorization, String body,
			int status) {
		RestTestClient.RequestBodySpec request = this.client.method(method).uri(uri);
		if (authorization != null) {
			String[] header = authorization.split(" ", 2);
			if (header[0].equals("Bearer")) {
				request.header("Authorization", authorization);
			}
			else {
				request.header("X-API-Key", header[1]);
			}
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		RestTestClient.ResponseSpec spec = request.exchange();
		spec.expectStatus().isEqualTo(status);
		return spec;
	}

	private static String read(RestTestClient.ResponseSpec spec) {
		String body = spec.returnResult(String.class).getResponseBody();
		return (body != null) ? body.replace(" ", "") : "";
	}

}
