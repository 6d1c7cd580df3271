package dev.hparamadvisor.validation;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.catalogue.Catalogue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits under {@code hparam-advisor.limits} apply to JSON and YAML bodies alike: one
 * property, both readers.
 */
@WebMvcTest(controllers = ValidationController.class,
		properties = { "hparam-advisor.limits.max-nesting-depth=3", "hparam-advisor.limits.max-aliases=1",
				"hparam-advisor.limits.max-keys=4", "hparam-advisor.limits.max-string-length=10",
				"hparam-advisor.limits.max-body-bytes=200" })
@Import({ ValidationConfiguration.class, FindingMetrics.class, ValidationLimitsTests.Beans.class })
class ValidationLimitsTests {

	private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

	@Autowired
	private MockMvcTester mvc;

	private MvcTestResult post(MediaType type, String body) {
		return this.mvc.post().uri("/v1/validate").contentType(type).content(body).exchange();
	}

	@Test
	void nestingDepth() {
		assertThat(post(MediaType.APPLICATION_JSON, "{\"a\": {\"b\": {\"c\": 1}}}")).hasStatusOk();
		assertThat(post(MediaType.APPLICATION_JSON, "{\"a\": {\"b\": {\"c\": [1]}}}")).hasStatus(400)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.type").isEqualTo("/problems/malformed-body");
				assertThat(json).extractingPath("$.detail").asString().contains("deeper than 3");
			});
		assertThat(post(YAML, "a:\n  b:\n    c: [1]\n")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("deeper than 3");
	}

	@Test
	void stringLength() {
		assertThat(post(MediaType.APPLICATION_JSON, "{\"a\": \"" + "x".repeat(11) + "\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("longer than 10 characters");
		assertThat(post(YAML, "a: " + "x".repeat(11) + "\n")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("longer than 10 characters");
	}

	@Test
	void keys() {
		assertThat(post(MediaType.APPLICATION_JSON, "{\"a\": 1, \"b\": 2, \"c\": {\"d\": 3}}")).hasStatusOk();
		assertThat(post(MediaType.APPLICATION_JSON, "{\"a\": 1, \"b\": 2, \"c\": {\"d\": 3, \"e\": 4}}")).hasStatus(400)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.type").isEqualTo("/problems/malformed-body");
				assertThat(json).extractingPath("$.detail").asString().contains("More than 4 keys");
			});
		assertThat(post(YAML, "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\n")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("More than 4 keys");
	}

	@Test
	void yamlAliases() {
		assertThat(post(YAML, "a: &x [1]\nb: *x\n")).hasStatusOk();
		assertThat(post(YAML, "a: &x [1]\nb: *x\nc: *x\n")).hasStatus(400).bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.type").isEqualTo("/problems/malformed-body");
			assertThat(json).extractingPath("$.detail").asString().contains("More than 1 YAML aliases");
			assertThat(json).extractingPath("$.line").isEqualTo(3);
		});
	}

	@Test
	void bodySize() {
		String large = "{\"a\": \"" + " ".repeat(200) + "\"}";
		assertThat(post(MediaType.APPLICATION_JSON, large)).hasStatus(413);
		assertThat(post(YAML, "a: 1\n#" + " ".repeat(200) + "\n")).hasStatus(413);
	}

	@TestConfiguration
	static class Beans {

		@Bean
		Catalogue catalogue() {
			return BundledCatalogue.get();
		}

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}
