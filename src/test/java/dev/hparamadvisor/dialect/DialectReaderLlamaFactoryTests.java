package dev.hparamadvisor.dialect;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.catalogue.Method;
import org.junit.jupiter.api.Test;

import dev.hparamadvisor.dialect.DialectNote.Code;

import static dev.hparamadvisor.dialect.Configs.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class DialectReaderLlamaFactoryTests {

	private static final String QLORA_SFT = """
			### model
			model_name_or_path: meta-llama/Meta-Llama-3-8B-Instruct
			quantization_bit: 4
			### method
			stage: sft
			do_train: true
			finetuning_type: lora
			lora_rank: 8
			lora_target: q_proj, v_proj
			### dataset
			dataset: identity,alpaca_en_demo
			template: llama3
			cutoff_len: 2048
			### train
			per_device_train_batch_size: 1
			gradient_accumulation_steps: 8
			learning_rate: 1.0e-4
			num_train_epochs: 3.0
			lr_scheduler_type: cosine
			warmup_ratio: 0.1
			bf16: true
			disable_gradient_checkpointing: true
			early_stopping_steps: 3
			val_size: 0.1
			### generation
			do_sample: true
			temperature: 0.95
			max_length: 1024
			""";

	private final DialectReader reader = new DialectReader(BundledCatalogue.get());

	@Test
	void detectsLlamaFactoryAndReadsItsNames() {
		ReadConfiguration read = this.reader.read(Configs.yaml(QLORA_SFT));
		assertThat(read.dialect()).isEqualTo(Dialect.LLAMA_FACTORY);
		assertThat(read.rawNames()).contains(entry("sequence_length", "cutoff_len"), entry("lora_r", "lora_rank"),
				entry("lora_target_modules", "lora_target"), entry("early_stopping_patience", "early_stopping_steps"),
				entry("validation_split", "val_size"), entry("batch_size", "per_device_train_batch_size"));
		assertThat(read.values().get("lora_target_modules").get(1).asString()).isEqualTo("v_proj");
		assertThat(read.ignored()).contains("stage", "finetuning_type", "dataset", "template", "do_train");
		assertThat(codes(read)).doesNotContain(Code.FOREIGN_NAME);
	}

	@Test
	void readsTheInvertedGradientCheckpointingFlag() {
		ReadConfiguration read = this.reader.read(Configs.yaml(QLORA_SFT), Dialect.LLAMA_FACTORY);
		assertThat(read.values().get("gradient_checkpointing").asBoolean()).isFalse();
		assertThat(codes(read)).contains(Code.INVERTED_FLAG);
	}

	@Test
	void readsMaxLengthAsTheGenerationLength() {
		ReadConfiguration read = this.reader.read(Configs.yaml(QLORA_SFT), Dialect.LLAMA_FACTORY);
		assertThat(read.values().get("generation_max_length").asInt()).isEqualTo(1024);
		assertThat(read.values().get("sequence_length").asInt()).isEqualTo(2048);
	}

	@Test
	void readsTheContext() {
		ContextHints hints = this.reader.read(Configs.yaml(QLORA_SFT)).hints();
		assertThat(hints.method()).isEqualTo(Method.QLORA);
		assertThat(hints.task()).isEqualTo("sft");
		assertThat(hints.modelParameters()).isEqualTo(8_000_000_000L);
		assertThat(this.reader.read(Configs.yaml("stage: rm\nfinetuning_type: freeze\nlearning_rate: 1e-5\n")).hints())
			.satisfies((rm) -> {
				assertThat(rm.method()).isNull();
				assertThat(rm.partial()).isTrue();
				assertThat(rm.task()).isEqualTo("reward-model");
			});
	}

}
