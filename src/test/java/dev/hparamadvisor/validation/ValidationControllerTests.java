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
 * The HTTP contract of {@code POST /v1/validate}: the envelope, other tools'
 * configurations as JSON and YAML, findings as results, and problems for bodies that are
 * not configurations.
 */
@WebMvcTest(ValidationController.class)
@Import({ ValidationConfiguration.class, FindingMetrics.class, ValidationControllerTests.Beans.class })
class ValidationControllerTests {

	private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MeterRegistry registry;

	private MvcTestResult post(MediaType type, String body) {
		return this.mvc.post().uri("/v1/validate").contentType(type).content(body).exchange();
	}

	@Test
	void theIssuesExampleIsAnsweredWithFindingsNormalizedValuesAndDerivedSteps() {
		String body = """
				{"hyperparameters": {"learning_rate": 2e-4, "per_device_train_batch_size": 4, "warmup_ratio": 0.03,
				  "num_train_epochs": 3, "warmup_steps": 9000},
				 "context": {"method": "lora", "task": "chat", "model_parameters": 8.0e9, "model_max_context": 8192,
				  "dataset_examples": 12000, "num_devices": 1}}""";
		assertThat(post(MediaType.APPLICATION_JSON, body)).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.valid").isEqualTo(false);
				assertThat(json).extractingPath("$.summary.errors").isEqualTo(1);
				assertThat(json).extractingPath("$.findings[0].severity").isEqualTo("ERROR");
				assertThat(json).extractingPath("$.findings[0].code").isEqualTo("WARMUP_EXCEEDS_TRAINING");
				assertThat(json).extractingPath("$.findings[0].parameter").isEqualTo("warmup_steps");
				assertThat(json).extractingPath("$.normalized.batch_size").isEqualTo(4);
				assertThat(json).extractingPath("$.normalized.learning_rate").isEqualTo(2e-4);
				assertThat(json).extractingPath("$.derived.effective_batch_size").isEqualTo(4);
				assertThat(json).extractingPath("$.derived.steps_per_epoch").isEqualTo(3000);
				assertThat(json).extractingPath("$.derived.total_steps").isEqualTo(9000);
			});
		assertThat(this.registry.find("hparam_advisor.findings").tag("code", "WARMUP_EXCEEDS_TRAINING").counter())
			.isNotNull();
	}

	@Test
	void aBadValueInsideAGoodBodyIsAFindingNotA400() {
		assertThat(post(MediaType.APPLICATION_JSON,
				"{\"hyperparameters\": {\"lr\": \"fast\", \"dropout\": 1.5, \"top_k\": 2.5}}"))
			.hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.valid").isEqualTo(false);
				assertThat(json).extractingPath("$.findings[*].code")
					.asArray()
					.contains("WRONG_TYPE", "OUT_OF_DOMAIN", "NOT_AN_INTEGER");
				assertThat(json).extractingPath("$.findings[*].parameter")
					.asArray()
					.contains("learning_rate", "dropout", "top_k");
			});
	}

	@Test
	void readsAnAxolotlYamlAsItIsAndListsKeysThatAreNotHyperparameters() {
		String yaml = """
				base_model: meta-llama/Llama-3.1-8B
				adapter: qlora
				load_in_4bit: true
				datasets:
				  - path: tatsu-lab/alpaca
				    type: alpaca
				output_dir: ./out
				micro_batch_size: 2
				gradient_accumulation_steps: 4
				num_epochs: 3
				learning_rate: "2e-4"
				lr_scheduler: cosine
				optimizer: paged_adamw_8bit
				sequence_len: 4096
				""";
		assertThat(post(YAML, yaml)).hasStatusOk().bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.dialect").isEqualTo("axolotl");
			assertThat(json).extractingPath("$.normalized.learning_rate").isEqualTo(2e-4);
			assertThat(json).extractingPath("$.normalized.batch_size").isEqualTo(2);
			assertThat(json).extractingPath("$.normalized.optimizer").isEqualTo("adamw");
			assertThat(json).extractingPath("$.context.method").isEqualTo("qlora");
			assertThat(json).extractingPath("$.context.model_parameters").isEqualTo(8.0e9);
			assertThat(json).extractingPath("$.ignored").asArray().contains("output_dir");
			assertThat(json).extractingPath("$.summary.errors").isEqualTo(0);
		});
	}

	@Test
	void readsATorchtuneNestedOptimizer() {
		String yaml = """
				model:
				  _component_: torchtune.models.llama3_1.lora_llama3_1_8b
				  lora_rank: 8
				  lora_alpha: 16
				optimizer:
				  _component_: torch.optim.AdamW
				  lr: 3e-4
				  weight_decay: 0.01
				batch_size: 2
				epochs: 1
				""";
		assertThat(post(YAML, yaml)).hasStatusOk().bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.dialect").isEqualTo("torchtune");
			assertThat(json).extractingPath("$.normalized.learning_rate").isEqualTo(3e-4);
			assertThat(json).extractingPath("$.normalized.optimizer").isEqualTo("adamw");
			assertThat(json).extractingPath("$.normalized.lora_r").isEqualTo(8);
		});
	}

	@Test
	void flagsSamplingKnobsThatGreedyDecodingIgnoresInAVllmRequest() {
		assertThat(this.mvc.post()
			.uri("/v1/validate?dialect=vllm")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"temperature\": 0, \"top_p\": 0.9, \"top_k\": 40, \"max_tokens\": 256}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.findings[?(@.code == 'SAMPLING_IGNORED_WHEN_GREEDY')].parameter")
			.asArray()
			.containsExactlyInAnyOrder("top_p", "top_k");
	}

	@Test
	void aTemperatureAbove2IsAnErrorForOpenAiButAWarningElsewhere() {
		assertThat(this.mvc.post()
			.uri("/v1/validate?dialect=openai")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"temperature\": 2.5}")).bodyJson().extractingPath("$.findings[0].severity").isEqualTo("ERROR");
		assertThat(post(MediaType.APPLICATION_JSON, "{\"hyperparameters\": {\"temperature\": 2.5}}")).bodyJson()
			.extractingPath("$.findings[?(@.code == 'TEMPERATURE_ABOVE_RUNTIME_LIMIT')].severity")
			.asArray()
			.containsExactly("WARNING");
	}

	@Test
	void anUnknownOptimizerIsAnErrorOnlyWhenTheDialectIsNamed() {
		assertThat(this.mvc.post()
			.uri("/v1/validate?dialect=huggingface")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"optim\": \"adamw_torchh\"}")).bodyJson().satisfies((json) -> {
				assertThat(json).extractingPath("$.findings[0].code").isEqualTo("UNKNOWN_CHOICE");
				assertThat(json).extractingPath("$.findings[0].severity").isEqualTo("ERROR");
				assertThat(json).extractingPath("$.findings[0].suggestion").isEqualTo("adamw");
			});
		assertThat(post(MediaType.APPLICATION_JSON, "{\"hyperparameters\": {\"optimizer\": \"adamw_torchh\"}}"))
			.bodyJson()
			.extractingPath("$.findings[0].severity")
			.isEqualTo("WARNING");
	}

	@Test
	void aToolsOwnFileIsCheckedAsThatToolWouldEvenWhenItIsDetected() {
		// a Hugging Face file as it is, posted without ?dialect=: its optimizer enum
		// applies
		assertThat(post(MediaType.APPLICATION_JSON,
				"{\"optim\": \"adamw_torchh\", \"per_device_train_batch_size\": 4, \"num_train_epochs\": 3}"))
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.dialect").isEqualTo("huggingface");
				assertThat(json).extractingPath("$.findings[?(@.code == 'UNKNOWN_CHOICE')].severity")
					.asArray()
					.containsExactly("ERROR");
			});
	}

	@Test
	void malformedJsonIsA400ProblemWithTheLine() {
		assertThat(post(MediaType.APPLICATION_JSON, "{\"hyperparameters\": {\"lr\": }")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.type").isEqualTo("/problems/malformed-body");
				assertThat(json).extractingPath("$.line").isEqualTo(1);
			});
	}

	@Test
	void malformedYamlIsA400Problem() {
		assertThat(post(YAML, "learning_rate: [1, 2\nbatch: {")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void hyperparametersThatAreNotAnObjectAreA400WithAPointer() {
		assertThat(post(MediaType.APPLICATION_JSON, "{\"hyperparameters\": [1, 2]}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].pointer")
			.isEqualTo("/hyperparameters");
	}

	@Test
	void aBadContextIsA400NamingTheField() {
		assertThat(post(MediaType.APPLICATION_JSON,
				"{\"hyperparameters\": {\"lr\": 1e-4}, \"context\": {\"dataset_examples\": -5}}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].pointer")
			.isEqualTo("/context/dataset_examples");
		assertThat(post(MediaType.APPLICATION_JSON,
				"{\"hyperparameters\": {\"lr\": 1e-4}, \"context\": {\"task\": \"poetry\"}}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("creative_writing");
	}

	@Test
	void aYamlAliasBombIsRefusedQuickly() {
		StringBuilder bomb = new StringBuilder(
				"a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
		char previous = 'a';
		for (char c = 'b'; c <= 'j'; c++) {
			bomb.append(c).append(": &").append(c).append(" [");
			for (int i = 0; i < 9; i++) {
				bomb.append(i > 0 ? "," : "").append('*').append(previous);
			}
			bomb.append("]\n");
			previous = c;
		}
		long start = System.nanoTime();
		assertThat(post(YAML, bomb.toString())).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(System.nanoTime() - start).as("refused without expanding").isLessThan(5_000_000_000L);
	}

	@Test
	void deepNestingIsRefused() {
		String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
		assertThat(post(MediaType.APPLICATION_JSON, deep)).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("deeper");
	}

	@Test
	void aBodyThatIsNotAnObjectIsA400() {
		assertThat(post(MediaType.APPLICATION_JSON, "[1, 2, 3]")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(post(MediaType.APPLICATION_JSON, "\"text\"")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anEmptyBodyIsA400() {
		assertThat(this.mvc.post().uri("/v1/validate").contentType(MediaType.APPLICATION_JSON)).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anUnknownDialectIsA400ListingTheKnownOnes() {
		assertThat(this.mvc.post()
			.uri("/v1/validate?dialect=keras3")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("axolotl");
	}

	@Test
	void anotherContentTypeIsA415() {
		assertThat(post(MediaType.TEXT_PLAIN, "lr=1")).hasStatus(415)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void theReadmesExampleFilesGiveWhatTheReadmeSays() throws Exception {
		java.nio.file.Path examples = java.nio.file.Path.of("examples");
		assertThat(post(MediaType.APPLICATION_JSON,
				java.nio.file.Files.readString(examples.resolve("envelope-lora.json"))))
			.bodyJson()
			.extractingPath("$.findings[0].code")
			.isEqualTo("WARMUP_EXCEEDS_TRAINING");
		assertThat(post(YAML, java.nio.file.Files.readString(examples.resolve("axolotl-qlora.yml")))).bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.dialect").isEqualTo("axolotl");
				assertThat(json).extractingPath("$.valid").isEqualTo(true);
			});
		assertThat(post(MediaType.APPLICATION_JSON,
				java.nio.file.Files.readString(examples.resolve("huggingface-full.json"))))
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.dialect").isEqualTo("huggingface");
				assertThat(json).extractingPath("$.summary.errors").isEqualTo(0);
				assertThat(json).extractingPath("$.summary.warnings").isEqualTo(0);
			});
		assertThat(post(MediaType.APPLICATION_JSON,
				java.nio.file.Files.readString(examples.resolve("vllm-sampling.json"))))
			.bodyJson()
			.extractingPath("$.findings[*].code")
			.asArray()
			.contains("SAMPLING_IGNORED_WHEN_GREEDY");
	}

	@Test
	void aKeyWrittenTwiceInAnAxolotlFileKeepsTheLastValueWithAWarning() {
		String yaml = """
				base_model: NousResearch/Meta-Llama-3-8B
				adapter: lora
				learning_rate: 0.0002
				micro_batch_size: 2
				num_epochs: 3
				learning_rate: 0.0001
				""";
		assertThat(post(YAML, yaml)).hasStatusOk().bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.dialect").isEqualTo("axolotl");
			assertThat(json).extractingPath("$.normalized.learning_rate").isEqualTo(1e-4);
			assertThat(json).extractingPath("$.findings[?(@.code == 'DUPLICATE_KEY')].severity")
				.asArray()
				.containsExactly("WARNING");
			assertThat(json).extractingPath("$.findings[?(@.code == 'DUPLICATE_KEY')].parameter")
				.asArray()
				.containsExactly("learning_rate");
			assertThat(json).extractingPath("$.findings[?(@.code == 'DUPLICATE_KEY')].message")
				.asArray()
				.singleElement()
				.asString()
				.contains("0.0002, then 0.0001", "line 6", "yaml.safe_load", "keeps the last value, 0.0001");
		});
	}

	@Test
	void aKeyWrittenTwiceIsAnErrorForTorchtuneWhoseLoaderRefusesIt() {
		String yaml = """
				optimizer:
				  _component_: torch.optim.AdamW
				  lr: 2e-5
				  lr: 3e-5
				epochs: 1
				""";
		assertThat(this.mvc.post().uri("/v1/validate?dialect=torchtune").contentType(YAML).content(yaml).exchange())
			.hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.valid").isEqualTo(false);
				assertThat(json).extractingPath("$.findings[?(@.code == 'DUPLICATE_KEY')].severity")
					.asArray()
					.containsExactly("ERROR");
				assertThat(json).extractingPath("$.findings[?(@.code == 'DUPLICATE_KEY')].message")
					.asArray()
					.singleElement()
					.asString()
					.contains("'optimizer.lr'", "OmegaConf.load", "would not start");
			});
	}

	@Test
	void aKeyWrittenTwiceInJsonIsReadLikeYaml() {
		assertThat(post(MediaType.APPLICATION_JSON, "{\"batch_size\": 4, \"learning_rate\": 1e-4, \"batch_size\": 8}"))
			.hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.normalized.batch_size").isEqualTo(8);
				assertThat(json).extractingPath("$.findings[?(@.code == 'DUPLICATE_KEY')].severity")
					.asArray()
					.containsExactly("WARNING");
			});
	}

	@Test
	void aBodyThatIsNeitherJsonNorYamlIsStillA400() {
		assertThat(post(YAML, "learning_rate: 1e-4\n  - : {[")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
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
