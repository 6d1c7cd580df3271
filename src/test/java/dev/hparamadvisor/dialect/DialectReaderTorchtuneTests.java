package dev.hparamadvisor.dialect;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.catalogue.Method;
import org.junit.jupiter.api.Test;

import dev.hparamadvisor.dialect.DialectNote.Code;

import static dev.hparamadvisor.dialect.Configs.codes;
import static dev.hparamadvisor.dialect.Configs.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class DialectReaderTorchtuneTests {

	private static final String LORA_8B = """
			output_dir: /tmp/torchtune/llama3_1_8B/lora
			model:
			  _component_: torchtune.models.llama3_1.lora_llama3_1_8b
			  lora_attn_modules: ['q_proj', 'v_proj', 'output_proj']
			  apply_lora_to_mlp: True
			  lora_rank: 8
			  lora_alpha: 16
			  lora_dropout: 0.0
			tokenizer:
			  _component_: torchtune.models.llama3.llama3_tokenizer
			  path: /tmp/Meta-Llama-3.1-8B-Instruct/original/tokenizer.model
			  max_seq_len: 8192
			checkpointer:
			  _component_: torchtune.training.FullModelHFCheckpointer
			  checkpoint_dir: /tmp/Meta-Llama-3.1-8B-Instruct/
			dataset:
			  _component_: torchtune.datasets.alpaca_cleaned_dataset
			  packed: False
			seed: null
			shuffle: True
			batch_size: 2
			optimizer:
			  _component_: torch.optim.AdamW
			  fused: True
			  weight_decay: 0.01
			  lr: 3e-4
			  betas: [0.9, 0.95]
			lr_scheduler:
			  _component_: torchtune.training.lr_schedulers.get_cosine_schedule_with_warmup
			  num_warmup_steps: 100
			loss:
			  _component_: torchtune.modules.loss.LinearCrossEntropyLoss
			epochs: 1
			max_steps_per_epoch: null
			gradient_accumulation_steps: 8
			clip_grad_norm: 1.0
			enable_activation_checkpointing: True
			dtype: bf16
			""";

	private final DialectReader reader = new DialectReader(BundledCatalogue.get());

	@Test
	void detectsTorchtuneAndReadsItsComponents() {
		ReadConfiguration read = this.reader.read(Configs.yaml(LORA_8B));
		assertThat(read.dialect()).isEqualTo(Dialect.TORCHTUNE);
		assertThat(read.rawNames()).contains(entry("learning_rate", "optimizer.lr"),
				entry("optimizer", "optimizer._component_"), entry("weight_decay", "optimizer.weight_decay"),
				entry("adam_beta2", "optimizer.betas[1]"), entry("lr_schedule", "lr_scheduler._component_"),
				entry("warmup_steps", "lr_scheduler.num_warmup_steps"), entry("loss_function", "loss._component_"),
				entry("lora_r", "model.lora_rank"), entry("lora_target_modules", "model.lora_attn_modules"),
				entry("sequence_length", "tokenizer.max_seq_len"), entry("num_epochs", "epochs"),
				entry("gradient_clipping", "clip_grad_norm"),
				entry("gradient_checkpointing", "enable_activation_checkpointing"));
		assertThat(read.values().get("optimizer").asString()).isEqualTo("torch.optim.AdamW");
		assertThat(number(read.values().get("learning_rate"))).isEqualByComparingTo("3e-4");
		assertThat(read.values().get("adam_beta2").asDouble()).isEqualTo(0.95);
		assertThat(codes(read)).contains(Code.COMPONENT, Code.BETAS_SPLIT).doesNotContain(Code.FOREIGN_NAME);
	}

	@Test
	void readsBatchSizeAsPerDevice() {
		ReadConfiguration read = this.reader.read(Configs.yaml(LORA_8B), Dialect.TORCHTUNE);
		assertThat(read.values().get("batch_size").asInt()).isEqualTo(2);
		assertThat(read.values()).doesNotContainKey("total_batch_size");
		assertThat(codes(read)).doesNotContain(Code.GLOBAL_BATCH);
	}

	@Test
	void ignoresPathsAndInfrastructure() {
		ReadConfiguration read = this.reader.read(Configs.yaml(LORA_8B), Dialect.TORCHTUNE);
		assertThat(read.ignored()).contains("output_dir", "checkpointer", "dataset", "model._component_",
				"tokenizer.path", "optimizer.fused", "shuffle", "dtype");
		assertThat(read.unknown()).isEmpty();
	}

	@Test
	void readsTheModelFromItsComponent() {
		ContextHints hints = this.reader.read(Configs.yaml(LORA_8B)).hints();
		assertThat(hints.method()).isEqualTo(Method.LORA);
		assertThat(hints.modelName()).isEqualTo("torchtune.models.llama3_1.lora_llama3_1_8b");
		assertThat(hints.modelParameters()).isEqualTo(8_000_000_000L);
		ContextHints qlora = this.reader
			.read(Configs.yaml("model:\n  _component_: torchtune.models.qwen2_5.qlora_qwen2_5_0_5b\nbatch_size: 4\n"))
			.hints();
		assertThat(qlora.method()).isEqualTo(Method.QLORA);
		assertThat(qlora.modelParameters()).isEqualTo(500_000_000L);
	}

}
