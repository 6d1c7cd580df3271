package dev.hparamadvisor.estimation;

import dev.hparamadvisor.OpenApiSchemas;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running service documents the estimate endpoints with their examples, and answers
 * as documented.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class EstimationOpenApiTests {

	@Autowired
	RestTestClient client;

	@LocalServerPort
	int port;

	@Test
	void openApiDocumentHasTheRequestAndResponseExamples() {
		String document = client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(document).contains("/v1/estimate", "/v1/estimate/presets", "llama-8b-lora", "preset-full-fine-tune",
				"parameters-only-qlora", "peak_memory_gib", "batch_size", "sequence_length", "target_modules");
	}

	@Test
	void theServiceEstimatesOverHttp() {
		client.post()
			.uri("/v1/estimate")
			.header("Content-Type", "application/json")
			.body(EstimateExamples.LORA_8B)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.fits")
			.isEqualTo(true)
			.consumeWith(OpenApiSchemas.servedOn(this.port)::assertConforms);
	}

}
