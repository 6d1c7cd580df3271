package dev.hparamadvisor.catalogue;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of the catalogue: listing, filters, lookup by alias, and problem
 * details for what cannot be answered.
 */
@WebMvcTest(CatalogueController.class)
@Import(CatalogueConfiguration.class)
@EnableConfigurationProperties(CatalogueProperties.class)
class CatalogueControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listsAllNineteenEntriesWithTheirSources() {
		assertThat(this.mvc.get().uri("/v1/parameters")).hasStatusOk().bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.count").isEqualTo(19);
			assertThat(json).extractingPath("$.parameters[0].id").isEqualTo("learning_rate");
			assertThat(json).extractingPath("$.parameters[0].ebook.min").isEqualTo(0.0001);
			assertThat(json).extractingPath("$.parameters[0].value_type").isEqualTo("float");
			assertThat(json).extractingPath("$.parameters[18].id").isEqualTo("early_stopping_patience");
			assertThat(json).extractingPath("$.sources[?(@.id == 'ebook')].kind").asArray().containsExactly("ebook");
		});
	}

	@Test
	void filtersByPhaseAndCategoryInAnyCase() {
		assertThat(this.mvc.get().uri("/v1/parameters?phase=Inference")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.parameters[*].id")
			.asArray()
			.containsExactly("temperature", "top_p", "top_k");
		assertThat(this.mvc.get().uri("/v1/parameters?phase=training&category=regularization")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.parameters[*].id")
			.asArray()
			.containsExactly("dropout", "weight_decay", "attention_dropout", "early_stopping_patience");
	}

	@Test
	void anUnknownFilterValueIsAProblemListingTheAllowedOnes() {
		assertThat(this.mvc.get().uri("/v1/parameters?phase=serving")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.detail")
					.asString()
					.contains("phase")
					.contains("training, inference, model");
				assertThat(json).extractingPath("$.errors[0].pointer").isEqualTo("phase");
				assertThat(json).extractingPath("$.type").isEqualTo("/problems/invalid-request");
			});
	}

	@Test
	void anUnknownQueryParameterIsAProblem() {
		assertThat(this.mvc.get().uri("/v1/parameters?phse=training")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("'phse'")
			.contains("category, phase");
	}

	@Test
	void resolvesAnEntryByIdOrAnyAliasInAnyCase() {
		for (String[] pair : new String[][] { { "lr", "learning_rate" }, { "LR", "learning_rate" },
				{ "per_device_train_batch_size", "batch_size" }, { "max_grad_norm", "gradient_clipping" },
				{ "top_p", "top_p" } }) {
			assertThat(this.mvc.get().uri("/v1/parameters/{name}", pair[0])).hasStatusOk()
				.bodyJson()
				.extractingPath("$.id")
				.isEqualTo(pair[1]);
		}
	}

	@Test
	void anUnknownNameIsA404ProblemWithSuggestions() {
		assertThat(this.mvc.get().uri("/v1/parameters/learnig_rate")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.type").isEqualTo("/problems/unknown-parameter");
				assertThat(json).extractingPath("$.title").isEqualTo("Unknown hyperparameter");
				assertThat(json).extractingPath("$.suggestions[0]").isEqualTo("learning_rate");
				assertThat(json).extractingPath("$.instance").isEqualTo("/v1/parameters/learnig_rate");
			});
	}

	@Test
	void pathTraversalIsJustAnUnknownName() {
		assertThat(this.mvc.get().uri("/v1/parameters/..%2F..%2Fetc%2Fpasswd")).hasStatus4xxClientError()
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aWrongMethodIsA405Problem() {
		assertThat(this.mvc.post().uri("/v1/parameters").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(405)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("/problems/method-not-allowed");
	}

	@Test
	void anUnknownPathIsA404Problem() {
		assertThat(this.mvc.get().uri("/v1/nothing-here")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("/problems/not-found");
	}

	@Test
	void listsTheBibliography() {
		assertThat(this.mvc.get().uri("/v1/sources")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.contains("ebook", "judgement");
	}

}
