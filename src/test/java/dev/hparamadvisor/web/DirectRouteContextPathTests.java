package dev.hparamadvisor.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under a servlet context path the direct routes answer at the path within it, and the
 * HTTP metrics still name the route.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.servlet.context-path=/advisor")
class DirectRouteContextPathTests {

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry registry;

	@Test
	void answersUnderTheContextPath() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		String body = Files.readString(Path.of("scripts/loadtest/validate.json"));
		HttpResponse<String> response = client
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/advisor/v1/validate"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith("{\"valid\":true,");
		assertThat(this.registry.get("hparam_advisor.direct_route.requests")
			.tag("uri", "/v1/validate")
			.tag("outcome", "answered")
			.counter()
			.count()).isEqualTo(1);
		assertThat(this.registry.get("http.server.requests").tag("uri", "/v1/validate").timer().count()).isEqualTo(1);
	}

	@Test
	void theBarePathIsNotTheRoute() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/v1/validate"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"learning_rate\": 0.0002}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
	}

}
