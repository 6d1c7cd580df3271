package dev.hparamadvisor.estimation;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of {@code /v1/estimate}.
 */
@WebMvcTest(EstimationController.class)
@Import(Estimation.class)
class EstimationControllerTests {

	@Autowired
	MockMvcTester mvc;

	MvcTestResult post(String json) {
		return mvc.post().uri("/v1/estimate").contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	@Test
	void estimatesTheIssuesExampleWithSnakeCaseNames() {
		MvcTestResult result = post(EstimateExamples.LORA_8B);
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson()
			.hasPathSatisfying("$.peak_memory_gib", (v) -> assertThat(v).asNumber().isNotNull())
			.hasPathSatisfying("$.breakdown.weights_gib", (v) -> assertThat(v).asNumber().isNotNull())
			.hasPathSatisfying("$.breakdown.gradients_gib", (v) -> assertThat(v).isNotNull())
			.hasPathSatisfying("$.breakdown.optimizer_states_gib", (v) -> assertThat(v).isNotNull())
			.hasPathSatisfying("$.breakdown.activations_gib", (v) -> assertThat(v).isNotNull())
			.hasPathSatisfying("$.breakdown.logits_and_loss_gib", (v) -> assertThat(v).isNotNull())
			.hasPathSatisfying("$.breakdown.framework_overhead_gib", (v) -> assertThat(v).isNotNull())
			.hasPathSatisfying("$.gpu_memory_gib", (v) -> assertThat(v).asNumber().isEqualTo(79.1))
			.hasPathSatisfying("$.required_with_margin_gib", (v) -> assertThat(v).isNotNull())
			.hasPathSatisfying("$.margin", (v) -> assertThat(v).asString().contains("4.22 GiB allocator reserve"))
			.hasPathSatisfying("$.throughput.tokens_per_second", (v) -> assertThat(v).isNotNull())
			.hasPathSatisfying("$.throughput.step_seconds", (v) -> assertThat(v).isNotNull())
			.hasPathSatisfying("$.throughput.assumption", (v) -> assertThat(v).asString().contains("H100"))
			.hasPathSatisfying("$.architecture.num_key_value_heads", (v) -> assertThat(v).asNumber().isEqualTo(8));
		assertThat(result).bodyJson().extractingPath("$.fits").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.trainable_parameters").isEqualTo(41943040);
		assertThat(result).bodyJson().extractingPath("$.total_parameters").isEqualTo(8072204288L);
		assertThat(result).bodyJson().extractingPath("$.peak_phase").isEqualTo("backward_start");
	}

	@Test
	void estimatesAPresetAndAParameterCountAndSaysWhatItAssumed() {
		MvcTestResult preset = post(EstimateExamples.PRESET_FULL);
		assertThat(preset).hasStatusOk();
		assertThat(preset).bodyJson().extractingPath("$.assumptions[1]").asString().contains("Qwen/Qwen2.5-1.5B");
		MvcTestResult inferred = post(EstimateExamples.PARAMETERS_QLORA);
		assertThat(inferred).hasStatusOk();
		assertThat(inferred).bodyJson().extractingPath("$.assumptions[1]").asString().contains("inferred");
		assertThat(inferred).bodyJson().extractingPath("$.architecture.hidden_size").isEqualTo(4096);
	}

	@Test
	void withoutAGpuThereIsNoFitAndNoThroughput() {
		MvcTestResult result = post("""
				{"model": {"preset": "llama-3.2-1b"}, "method": "full", "precision": "bf16",
				 "batch_size": 1, "sequence_length": 1024}""");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.fits").isNull();
		assertThat(result).bodyJson().extractingPath("$.throughput").isNull();
		assertThat(result).bodyJson().extractingPath("$.required_with_margin_gib").asNumber().isNotNull();
	}

	@Test
	void negativeSizesAreBadRequests() {
		assertProblem(post("""
				{"model": {"preset": "llama-3.2-1b"}, "method": "full", "precision": "bf16",
				 "batch_size": -4, "sequence_length": 1024}"""));
		assertProblem(post("""
				{"model": {"hidden_size": -4096, "num_layers": 32, "num_attention_heads": 32,
				 "intermediate_size": 14336, "vocab_size": 128256}, "method": "full", "precision": "bf16",
				 "batch_size": 4, "sequence_length": 1024}"""));
	}

	@Test
	void headsThatDoNotDivideTheHiddenSizeAreNamed() {
		MvcTestResult result = post("""
				{"model": {"hidden_size": 4096, "num_layers": 32, "num_attention_heads": 30,
				 "intermediate_size": 14336, "vocab_size": 128256}, "method": "full", "precision": "bf16",
				 "batch_size": 4, "sequence_length": 1024}""");
		assertProblem(result);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/invalid-estimate-request");
		assertThat(result).bodyJson().extractingPath("$.errors[0].pointer").isEqualTo("/model/num_attention_heads");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("num_attention_heads");
	}

	@Test
	void unknownPresetsAndGpusAreNamed() {
		MvcTestResult preset = post("""
				{"model": {"preset": "gpt-5"}, "method": "full", "precision": "bf16",
				 "batch_size": 4, "sequence_length": 1024}""");
		assertProblem(preset);
		assertThat(preset).bodyJson().extractingPath("$.errors[0].pointer").isEqualTo("/model/preset");
		MvcTestResult gpu = post("""
				{"model": {"preset": "llama-3.2-1b"}, "method": "lora", "precision": "bf16",
				 "batch_size": 4, "sequence_length": 1024, "lora": {"target_modules": ["q_proj", "w_pack"]},
				 "gpu": {"model": "tpu-v5"}}""");
		assertProblem(gpu);
		assertThat(gpu).bodyJson().extractingPath("$.errors[0].pointer").isEqualTo("/lora/target_modules/1");
		assertThat(gpu).bodyJson().extractingPath("$.errors[1].pointer").isEqualTo("/gpu/model");
	}

	@Test
	void presetsListModelsAndGpusWithSources() {
		MvcTestResult result = mvc.get().uri("/v1/estimate/presets").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.models[0].id").isEqualTo("meta-llama/Llama-3.2-1B");
		assertThat(result).bodyJson().extractingPath("$.models[0].parameters").isEqualTo(1235814400);
		assertThat(result).bodyJson().extractingPath("$.models[0].architecture.vocab_size").isEqualTo(128256);
		assertThat(result).bodyJson().extractingPath("$.models[0].source").asString().contains("config.json");
		assertThat(result).bodyJson().extractingPath("$.gpus[0].bf16_dense_tflops").isEqualTo(989.4);
		assertThat(result).bodyJson().extractingPath("$.gpus[0].usable_gib").isEqualTo(79.1);
		assertThat(result).bodyJson().extractingPath("$.gpus[0].source").asString().contains("datasheet");
	}

	static void assertProblem(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
