package dev.hparamadvisor.dialect;

import java.math.BigDecimal;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.catalogue.Method;
import org.junit.jupiter.api.Test;

import dev.hparamadvisor.dialect.DialectNote.Code;

import static dev.hparamadvisor.dialect.Configs.codes;
import static dev.hparamadvisor.dialect.Configs.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class DialectReaderAxolotlTests {

	private static final String GRPO_QLORA = """
			base_model: NousResearch/Meta-Llama-3.1-8B
			load_in_4bit: true
			adapter: qlora
			rl: grpo
			datasets:
			  - path: mhenrichsen/alpaca_2k_test
			    type: alpaca
			output_dir: ./outputs/qlora-out
			sequence_len: 4096
			sample_packing: true
			lora_r: 32
			lora_alpha: 16
			lora_dropout: 0.05
			lora_target_linear: true
			micro_batch_size: 2
			batch_size: 16
			num_epochs: 1
			optimizer: paged_adamw_32bit
			lr_scheduler: cosine
			cosine_min_lr_ratio: 0.1
			learning_rate: 2e-4
			warmup_steps: 10
			bf16: auto
			wandb_project: grpo-test
			trl:
			  beta: 0.04
			  temperature: 0.9
			  num_generations: 8
			  max_completion_length: 256
			  epsilon: 0.2
			my_custom_lr_boost: 3
			flash_attention: true
			""";

	private final DialectReader reader = new DialectReader(BundledCatalogue.get());

	@Test
	void detectsAxolotlAndReadsItsNames() {
		ReadConfiguration read = this.reader.read(Configs.yaml(GRPO_QLORA));
		assertThat(read.dialect()).isEqualTo(Dialect.AXOLOTL);
		assertThat(read.detected()).isTrue();
		assertThat(number(read.values().get("learning_rate"))).isEqualByComparingTo("2e-4");
		assertThat(read.values().get("batch_size").asInt()).isEqualTo(2);
		assertThat(read.values().get("sequence_length").asInt()).isEqualTo(4096);
		assertThat(read.values().get("packing").asBoolean()).isTrue();
		assertThat(read.values().get("min_lr_ratio").asDouble()).isEqualTo(0.1);
		assertThat(read.rawNames()).contains(entry("batch_size", "micro_batch_size"),
				entry("sequence_length", "sequence_len"), entry("lr_schedule", "lr_scheduler"),
				entry("packing", "sample_packing"));
	}

	@Test
	void readsTheGlobalBatchSizeAsTotalBatchSize() {
		ReadConfiguration read = this.reader.read(Configs.yaml(GRPO_QLORA), Dialect.AXOLOTL);
		assertThat(read.values().get("total_batch_size").asInt()).isEqualTo(16);
		assertThat(read.rawNames()).containsEntry("total_batch_size", "batch_size");
		assertThat(read.notes()).filteredOn((note) -> note.code() == Code.GLOBAL_BATCH)
			.singleElement()
			.satisfies((note) -> assertThat(note.path()).isEqualTo("batch_size"));
	}

	@Test
	void readsGrpoGenerationSettingsUnderTrl() {
		ReadConfiguration read = this.reader.read(Configs.yaml(GRPO_QLORA), Dialect.AXOLOTL);
		assertThat(read.values().get("temperature").asDouble()).isEqualTo(0.9);
		assertThat(read.values().get("num_return_sequences").asInt()).isEqualTo(8);
		assertThat(read.values().get("max_new_tokens").asInt()).isEqualTo(256);
		assertThat(read.values().get("preference_beta").asDouble()).isEqualTo(0.04);
		assertThat(read.rawNames()).containsEntry("temperature", "trl.temperature");
		assertThat(read.ignored()).contains("trl.epsilon");
	}

	@Test
	void leavesAutoValuesToAxolotlWithANote() {
		ReadConfiguration read = this.reader.read(Configs.yaml(GRPO_QLORA), Dialect.AXOLOTL);
		assertThat(read.values()).doesNotContainKey("bf16");
		assertThat(read.notes()).anySatisfy((note) -> {
			assertThat(note.code()).isEqualTo(Code.AUTO_VALUE);
			assertThat(note.path()).isEqualTo("bf16");
		});
	}

	@Test
	void separatesIgnoredFromUnknownKeys() {
		ReadConfiguration read = this.reader.read(Configs.yaml(GRPO_QLORA), Dialect.AXOLOTL);
		assertThat(read.ignored()).contains("base_model", "datasets", "output_dir", "wandb_project", "flash_attention");
		assertThat(read.values()).containsKeys("adapter", "load_in_4bit");
		assertThat(read.unknown()).extracting(UnknownKey::path).containsExactly("my_custom_lr_boost");
	}

	@Test
	void readsTheContext() {
		ContextHints hints = this.reader.read(Configs.yaml(GRPO_QLORA)).hints();
		assertThat(hints.method()).isEqualTo(Method.QLORA);
		assertThat(hints.modelName()).isEqualTo("NousResearch/Meta-Llama-3.1-8B");
		assertThat(hints.modelParameters()).isEqualTo(8_000_000_000L);
		assertThat(hints.task()).isEqualTo("grpo");
		assertThat(
				read("adapter: lora\nbase_model: TheBloke/Llama-2-7B-GPTQ\ngptq: true\nlearning_rate: 1e-4\n").hints()
					.method())
			.isEqualTo(Method.QLORA);
		assertThat(read("base_model: m/x-1B\nmicro_batch_size: 1\nlearning_rate: 1e-5\nunfrozen_parameters: [a]\n")
			.hints()).satisfies((partial) -> assertThat(partial.method()).isNull())
			.satisfies((partial) -> assertThat(partial.partial()).isTrue());
		assertThat(read("base_model: m/x-1B\nmicro_batch_size: 1\nadapter:\nlora_r: 8\n").hints().method())
			.isEqualTo(Method.FULL);
	}

	@Test
	void readsDatasetTypesAsTheTask() {
		assertThat(read("micro_batch_size: 1\ndatasets:\n  - path: a\n    type: chat_template\n").hints().task())
			.isEqualTo("chat-sft");
		assertThat(read("micro_batch_size: 1\npretraining_dataset:\n  - path: a\n").hints().task())
			.isEqualTo("pretrain");
	}

	@Test
	void keepsAFloatWarmupStepsAsWrittenBecauseOnlyHuggingFaceReadsItAsARatio() {
		ReadConfiguration read = read("micro_batch_size: 1\nsequence_len: 512\nwarmup_steps: 0.1\n");
		assertThat(read.values().get("warmup_steps").decimalValue()).isEqualByComparingTo(new BigDecimal("0.1"));
		assertThat(read.values()).doesNotContainKey("warmup_ratio");
	}

	@Test
	void readsAttentionDropoutFromModelConfigOverrides() {
		ReadConfiguration read = read("micro_batch_size: 1\noverrides_of_model_config:\n  attention_dropout: 0.1\n"
				+ "  rope_theta: 10000\n");
		assertThat(read.values().get("attention_dropout").asDouble()).isEqualTo(0.1);
		assertThat(read.ignored()).contains("overrides_of_model_config.rope_theta");
		assertThat(codes(read)).doesNotContain(Code.FOREIGN_NAME);
	}

	@Test
	void readsLoraTargetLinearAsAllLinear() {
		ReadConfiguration read = this.reader.read(Configs.yaml(GRPO_QLORA));
		assertThat(read.values().get("lora_target_modules").asString()).isEqualTo("all-linear");
		assertThat(read.rawNames()).containsEntry("lora_target_modules", "lora_target_linear");
		assertThat(read.ignored()).doesNotContain("lora_target_linear");
		assertThat(codes(read)).doesNotContain(Code.FOREIGN_NAME, Code.DUPLICATE);
		assertThat(read("micro_batch_size: 1\nlora_target_linear: \"yes\"\n").values()
			.get("lora_target_modules")
			.asString()).isEqualTo("all-linear");
	}

	@Test
	void keepsAllLinearOverAListBecauseAxolotlAddsTheListToEveryLinearLayer() {
		String list = "lora_target_modules:\n  - q_proj\n  - v_proj\n";
		for (String yaml : new String[] { "lora_target_linear: true\n" + list, list + "lora_target_linear: true\n" }) {
			ReadConfiguration read = read("micro_batch_size: 1\n" + yaml);
			assertThat(read.values().get("lora_target_modules").asString()).as(yaml).isEqualTo("all-linear");
			assertThat(read.rawNames()).containsEntry("lora_target_modules", "lora_target_linear");
			assertThat(read.notes()).as(yaml).singleElement().satisfies((note) -> {
				assertThat(note.code()).isEqualTo(Code.DUPLICATE);
				assertThat(note.message()).contains("kept lora_target_linear")
					.contains("adds the listed modules to all linear layers");
			});
		}
	}

	@Test
	void readsNothingFromAFalseOrEmptyLoraTargetLinear() {
		ReadConfiguration read = read(
				"micro_batch_size: 1\nlora_target_linear: false\nlora_target_modules: [q_proj]\n");
		assertThat(read.values().get("lora_target_modules").isArray()).isTrue();
		assertThat(read.rawNames()).containsEntry("lora_target_modules", "lora_target_modules");
		assertThat(read.ignored()).containsExactly("lora_target_linear");
		assertThat(read.unknown()).isEmpty();
		assertThat(read.notes()).isEmpty();
		for (String yaml : new String[] { "lora_target_linear: false\n", "lora_target_linear:\n" }) {
			ReadConfiguration alone = read("micro_batch_size: 1\n" + yaml);
			assertThat(alone.values()).as(yaml).containsOnlyKeys("batch_size");
			assertThat(alone.unknown()).as(yaml).isEmpty();
		}
		assertThat(read("micro_batch_size: 1\nlora_target_linear: some\n").unknown()).extracting(UnknownKey::path)
			.containsExactly("lora_target_linear");
	}

	@Test
	void readsLoraTargetLinearInAnotherDialectAsAxolotlMeansIt() {
		ReadConfiguration read = this.reader.read(Configs.json("{\"lora_r\": 8, \"lora_target_linear\": true}"),
				Dialect.HUGGINGFACE);
		assertThat(read.values().get("lora_target_modules").asString()).isEqualTo("all-linear");
		assertThat(read.notes()).singleElement().satisfies((note) -> {
			assertThat(note.code()).isEqualTo(Code.FOREIGN_NAME);
			assertThat(note.message()).contains("read as lora_target_modules as axolotl means it");
		});
		ReadConfiguration both = this.reader.read(
				Configs.json("{\"lora_target_linear\": true, \"lora_target_modules\": [\"q_proj\"]}"),
				Dialect.HUGGINGFACE);
		assertThat(both.values().get("lora_target_modules").isArray()).isTrue();
		assertThat(codes(both)).containsExactly(Code.FOREIGN_NAME, Code.DUPLICATE);
	}

	private ReadConfiguration read(String yaml) {
		return this.reader.read(Configs.yaml(yaml), Dialect.AXOLOTL);
	}

}
