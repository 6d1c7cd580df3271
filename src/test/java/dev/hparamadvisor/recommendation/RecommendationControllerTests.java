package dev.hparamadvisor.recommendation;

import java.util.List;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of {@code POST /v1/recommend}.
 */
@WebMvcTest(RecommendationController.class)
@Import({ RecommendationConfiguration.class, RecommendationControllerTests.BundledCatalogueConfiguration.class })
class RecommendationControllerTests {

	static final List<String> CANONICAL = List.of("learning_rate", "batch_size", "num_epochs", "dropout",
			"weight_decay", "sequence_length", "warmup_steps", "gradient_accumulation_steps", "optimizer",
			"loss_function", "max_steps", "model_size", "temperature", "top_p", "top_k", "gradient_clipping",
			"lr_schedule", "attention_dropout", "early_stopping_patience");

	@TestConfiguration(proxyBeanMethods = false)
	static class BundledCatalogueConfiguration {

		@Bean
		Catalogue catalogue() {
			return BundledCatalogue.get();
		}

	}

	@Autowired
	MockMvcTester mvc;

	MvcTestResult post(String json) {
		return post("/v1/recommend", json);
	}

	MvcTestResult post(String uri, String json) {
		return this.mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	@Test
	void recommendsEveryHyperparameterWithRangeRationaleAndSourcesAndAPlan() {
		MvcTestResult result = post(RecommendationExamples.LORA_8B);
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		for (String id : CANONICAL) {
			String entry = "$.recommendations[?(@.id == '" + id + "')]";
			assertThat(result).bodyJson().extractingPath(entry + ".value").asArray().as(id).hasSize(1);
			assertThat(result).bodyJson().extractingPath(entry + ".rationale").asArray().as(id).hasSize(1);
			assertThat(result).bodyJson().extractingPath(entry + ".sources[0]").asArray().as(id).hasSize(1);
		}
		for (String companion : List.of("adam_beta1", "adam_beta2", "adam_epsilon", "lora_r", "lora_alpha",
				"lora_dropout", "eval_steps", "do_sample")) {
			assertThat(result).bodyJson()
				.extractingPath("$.recommendations[?(@.id == '" + companion + "')].value")
				.asArray()
				.as(companion)
				.hasSize(1);
		}
		assertThat(result).bodyJson()
			.extractingPath("$.recommendations[?(@.id == 'learning_rate')].range.label")
			.asArray()
			.containsExactly("LoRA adapters on decoder LLMs");
		assertThat(result).bodyJson().extractingPath("$.plan.feasible").isEqualTo(true);
		for (String field : List.of("micro_batch_size", "gradient_accumulation_steps", "effective_batch_size",
				"gradient_checkpointing", "steps_per_epoch", "total_steps", "warmup_steps", "training_tokens",
				"estimated_hours", "memory.peak_gib", "memory.breakdown.activations_gib",
				"memory.breakdown.logits_and_loss_gib", "memory.required_with_margin_gib")) {
			assertThat(result).bodyJson().hasPathSatisfying("$.plan." + field, (v) -> assertThat(v).isNotNull());
		}
		assertThat(result).bodyJson().extractingPath("$.plan.effective_batch_size").isEqualTo(16);
		assertThat(result).bodyJson().extractingPath("$.configuration.learning_rate").isEqualTo(2.0e-4);
		assertThat(result).bodyJson().extractingPath("$.validation_context.method").isEqualTo("lora");
	}

	@Test
	void autoSaysWhichMethodItChoseAndWhy() {
		MvcTestResult result = post("""
				{"task": "instruction", "method": "auto", "model": {"preset": "llama-3.2-1b"},
				 "dataset": {"examples": 200000, "avg_tokens": 600, "p95_tokens": 1500},
				 "hardware": {"gpu": "h100", "num_gpus": 1}, "priority": "quality"}""");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.plan.method").isEqualTo("full");
		assertThat(result).bodyJson().extractingPath("$.plan.method_choice").asString().startsWith("Auto:");
	}

	@Test
	void withoutHardwareThePlanSaysWhatItAssumed() {
		MvcTestResult result = post("""
				{"task": "code", "model": {"parameters": 7e9},
				 "dataset": {"examples": 5000, "avg_tokens": 400}}""");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.plan.hardware").asString().contains("assumed");
		assertThat(result).bodyJson()
			.extractingPath("$.assumptions")
			.asArray()
			.anySatisfy((a) -> assertThat(a).asString().contains("hardware: one NVIDIA H100"));
	}

	@Test
	void aScenarioThatCannotFitIsA200WithAlternatives() {
		MvcTestResult result = post(RecommendationExamples.FULL_70B_24GIB);
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.plan.feasible").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.plan.reason").asString().contains("24.0 GiB");
		assertThat(result).bodyJson()
			.extractingPath("$.plan.alternatives[*].change")
			.asArray()
			.anySatisfy((c) -> assertThat(c).asString().startsWith("use QLoRA"));
		assertThat(result).bodyJson().extractingPath("$.plan.alternatives[?(@.fits == true)]").asArray().isNotEmpty();
	}

	@Test
	void answersInEachToolsFormat() {
		assertThat(post("/v1/recommend?format=huggingface", RecommendationExamples.LORA_8B)).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyText()
			.contains("\"per_device_train_batch_size\" : 2", "\"generation_config\"");
		assertThat(post("/v1/recommend?format=axolotl", RecommendationExamples.LORA_8B)).hasStatusOk()
			.hasContentTypeCompatibleWith("application/yaml")
			.bodyText()
			.contains("micro_batch_size: 2", "adapter: lora");
		assertThat(post("/v1/recommend?format=llamafactory", RecommendationExamples.LORA_8B)).hasStatusOk()
			.hasContentTypeCompatibleWith("application/yaml")
			.bodyText()
			.contains("cutoff_len: 1856", "finetuning_type: lora");
		assertThat(post("/v1/recommend?format=openai", RecommendationExamples.LORA_8B)).hasStatusOk()
			.bodyText()
			.contains("\"learning_rate_multiplier\" : \"auto\"", "\"batch_size\" : 16");
	}

	@Test
	void negativeExamplesAreA400NamingTheField() {
		MvcTestResult result = post("""
				{"task": "chat", "method": "lora", "model": {"preset": "llama-3.1-8b"},
				 "dataset": {"examples": -5, "avg_tokens": 650}}""");
		assertProblem(result, "/problems/invalid-request", "/dataset/examples");
	}

	@Test
	void anUnknownTaskIsA400NamingTheField() {
		MvcTestResult result = post("""
				{"task": "poetry", "method": "lora", "model": {"preset": "llama-3.1-8b"},
				 "dataset": {"examples": 500, "avg_tokens": 650}}""");
		assertProblem(result, "/problems/malformed-body", "/task");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("chat");
	}

	@Test
	void anUnknownPresetOrGpuIsAnInvalidScenario() {
		MvcTestResult result = post("""
				{"task": "chat", "model": {"preset": "gpt-5"},
				 "dataset": {"examples": 500, "avg_tokens": 650, "p95_tokens": 300},
				 "hardware": {"gpu": "tpu-v5"}}""");
		assertProblem(result, "/problems/invalid-scenario", "/model/preset");
		assertThat(result).bodyJson()
			.extractingPath("$.title")
			.isEqualTo("The request does not describe a training scenario");
		assertThat(result).bodyJson().extractingPath("$.errors[1].pointer").isEqualTo("/dataset/p95_tokens");
		assertThat(result).bodyJson().extractingPath("$.errors[2].pointer").isEqualTo("/hardware/gpu");
	}

	@Test
	void anUnknownFormatIsA400() {
		MvcTestResult result = post("/v1/recommend?format=torchtune", RecommendationExamples.LORA_8B);
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].pointer").isEqualTo("format");
	}

	@Test
	void aMissingDatasetIsA400() {
		assertProblem(post("""
				{"task": "chat", "model": {"preset": "llama-3.1-8b"}}"""), "/problems/invalid-request", "/dataset");
	}

	private static void assertProblem(MvcTestResult result, String type, String pointer) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo(type);
		assertThat(result).bodyJson().extractingPath("$.errors[0].pointer").isEqualTo(pointer);
	}

}
