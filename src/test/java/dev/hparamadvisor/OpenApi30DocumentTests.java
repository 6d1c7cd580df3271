package dev.hparamadvisor;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The OpenAPI 3.0 document the contract tests feed Portman says the same as the 3.1 one
 * in 3.0's words: nullable fields, nullable references, values of any type, lower bounds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "springdoc.api-docs.version=openapi_3_0")
@AutoConfigureRestTestClient
class OpenApi30DocumentTests {

	@Autowired
	private RestTestClient client;

	@Test
	void saysWhatTheServiceSendsInOpenApi30Terms() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.openapi")
			.isEqualTo("3.0.1")
			.jsonPath("$.components.schemas.Source.properties.url.nullable")
			.isEqualTo(true)
			.jsonPath("$.components.schemas.Hyperparameter.properties.erratum.anyOf[0].$ref")
			.isEqualTo("#/components/schemas/Erratum")
			.jsonPath("$.components.schemas.Hyperparameter.properties.erratum.anyOf[1].nullable")
			.isEqualTo(true)
			.jsonPath("$.components.schemas.DefaultValue.properties.value.type")
			.doesNotExist()
			.jsonPath("$.components.schemas.ValidationReport.properties.normalized.additionalProperties.type")
			.doesNotExist()
			.jsonPath("$.components.schemas.EstimateRequest.properties.batch_size.minimum")
			.isEqualTo(1)
			.jsonPath("$.components.schemas.GpuSpec.properties.memory_gib.exclusiveMinimum")
			.isEqualTo(true)
			.jsonPath("$.components.schemas.ProblemDetail.properties.errors.items.required.length()")
			.isEqualTo(2)
			.jsonPath("$.paths['/v1/estimate'].post.responses['415'].content['application/problem+json'].schema.$ref")
			.isEqualTo("#/components/schemas/ProblemDetail");
	}

}
