package dev.hparamadvisor.dialect;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.catalogue.Method;
import org.junit.jupiter.api.Test;

import dev.hparamadvisor.dialect.DialectNote.Code;

import static dev.hparamadvisor.dialect.Configs.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class DialectReaderHuggingFaceTests {

	private static final String DPO_LORA = """
			model_name_or_path: mistralai/Mistral-7B-v0.1
			torch_dtype: bfloat16
			use_peft: true
			lora_r: 16
			lora_alpha: 32
			lora_target_modules: [q_proj, v_proj]
			dataset_mixer:
			  HuggingFaceH4/ultrafeedback_binarized: 1.0
			per_device_train_batch_size: 4
			per_device_eval_batch_size: 8
			gradient_accumulation_steps: 2
			num_train_epochs: 2
			learning_rate: 5.0e-6
			lr_scheduler_type: cosine
			lr_scheduler_kwargs:
			  min_lr_rate: 0.1
			optim: adamw_torch
			max_grad_norm: 0.3
			warmup_steps: 0.05
			max_length: 2048
			beta: 0.1
			loss_type: sigmoid
			eval_strategy: steps
			eval_steps: 100
			output_dir: data/zephyr-7b-dpo
			hub_model_id: zephyr-7b-dpo
			""";

	private final DialectReader reader = new DialectReader(BundledCatalogue.get());

	@Test
	void detectsTrainingArgumentsAndReadsThem() {
		ReadConfiguration read = this.reader.read(Configs.yaml(DPO_LORA));
		assertThat(read.dialect()).isEqualTo(Dialect.HUGGINGFACE);
		assertThat(read.rawNames()).contains(entry("batch_size", "per_device_train_batch_size"),
				entry("num_epochs", "num_train_epochs"), entry("lr_schedule", "lr_scheduler_type"),
				entry("optimizer", "optim"), entry("gradient_clipping", "max_grad_norm"),
				entry("sequence_length", "max_length"), entry("eval_batch_size", "per_device_eval_batch_size"),
				entry("min_lr_ratio", "lr_scheduler_kwargs.min_lr_rate"), entry("preference_beta", "beta"),
				entry("loss_function", "loss_type"));
		assertThat(read.values().get("lora_target_modules")).hasSize(2);
		assertThat(read.ignored()).contains("model_name_or_path", "dataset_mixer", "output_dir", "use_peft");
		assertThat(read.unknown()).isEmpty();
		assertThat(codes(read)).doesNotContain(Code.FOREIGN_NAME);
	}

	@Test
	void schedulerArgumentsAreNotMistakenForATypo() {
		// the trainer's CLI takes lr_scheduler_kwargs as a JSON string; empty, it says
		// nothing
		for (String given : new String[] { "\"{}\"", "{}", "\"{\\\"num_cycles\\\": 0.5}\"" }) {
			ReadConfiguration read = this.reader.read(
					Configs.json("{\"lr_scheduler_type\": \"cosine\", \"lr_scheduler_kwargs\": " + given + "}"),
					Dialect.HUGGINGFACE);
			assertThat(read.unknown()).as(given).isEmpty();
			assertThat(read.ignored()).as(given).containsExactly("lr_scheduler_kwargs");
		}
	}

	@Test
	void readsAFloatWarmupStepsBelowOneAsARatio() {
		ReadConfiguration read = this.reader.read(Configs.yaml(DPO_LORA), Dialect.HUGGINGFACE);
		assertThat(read.values()).doesNotContainKey("warmup_steps");
		assertThat(read.values().get("warmup_ratio").asDouble()).isEqualTo(0.05);
		assertThat(read.rawNames()).containsEntry("warmup_ratio", "warmup_steps");
		assertThat(codes(read)).contains(Code.WARMUP_RATIO_AS_STEPS);
		assertThat(this.reader.read(Configs.json("{\"warmup_steps\": 100}"), Dialect.HUGGINGFACE).values())
			.containsKey("warmup_steps");
	}

	@Test
	void readsTheContext() {
		ContextHints hints = this.reader.read(Configs.yaml(DPO_LORA)).hints();
		assertThat(hints.method()).isEqualTo(Method.LORA);
		assertThat(hints.modelParameters()).isEqualTo(7_000_000_000L);
		assertThat(hints.task()).isEqualTo("dpo");
		ContextHints qlora = this.reader
			.read(Configs.yaml("use_peft: true\nload_in_4bit: true\nlearning_rate: 1e-4\n"), Dialect.HUGGINGFACE)
			.hints();
		assertThat(qlora.method()).isEqualTo(Method.QLORA);
		// TRL's loss_type says which trainer: SFT's nll and dft, GRPO's dapo, DPO's
		// sigmoid
		for (String[] loss : new String[][] { { "nll", "sft" }, { "dft", "sft" }, { "dapo", "grpo" },
				{ "sigmoid", "dpo" }, { "apo_zero", "dpo" } }) {
			assertThat(this.reader
				.read(Configs.yaml("loss_type: " + loss[0] + "\nlearning_rate: 2e-5\n"), Dialect.HUGGINGFACE)
				.hints()
				.task()).as(loss[0]).isEqualTo(loss[1]);
		}
		ContextHints early = this.reader
			.read(Configs.yaml("use_lora: true\nlora_r: 8\nlearning_rate: 2e-5\n"), Dialect.HUGGINGFACE)
			.hints();
		assertThat(early.method()).isEqualTo(Method.LORA);
		ContextHints full = this.reader
			.read(Configs.yaml("model_name_or_path: gpt2\nlearning_rate: 1e-4\n"), Dialect.HUGGINGFACE)
			.hints();
		assertThat(full.method()).isEqualTo(Method.FULL);
		assertThat(full.task()).isEqualTo("sft");
	}

	@Test
	void readsAGenerationConfig() {
		ReadConfiguration read = this.reader
			.read(Configs.json("{\"do_sample\": true, \"temperature\": 0.6, \"top_p\": 0.9, \"top_k\": 20,"
					+ " \"max_length\": 4096, \"bos_token_id\": 1, \"eos_token_id\": [2, 3]}"));
		assertThat(read.dialect()).isEqualTo(Dialect.HUGGINGFACE);
		assertThat(read.values()).containsOnlyKeys("do_sample", "temperature", "top_p", "top_k",
				"generation_max_length");
		assertThat(codes(read)).contains(Code.GENERATION_LENGTH);
		assertThat(read.ignored()).containsExactly("bos_token_id", "eos_token_id");
		assertThat(read.hints().task()).isEqualTo("inference");
	}

	@Test
	void readsGenerationSettingsNestedUnderGenerationConfig() {
		ReadConfiguration read = this.reader.read(
				Configs.json("{\"learning_rate\": 1e-5, \"generation_config\":"
						+ " {\"temperature\": 0.7, \"max_new_tokens\": 128, \"max_length\": 512}}"),
				Dialect.HUGGINGFACE);
		assertThat(read.rawNames()).contains(entry("temperature", "generation_config.temperature"),
				entry("max_new_tokens", "generation_config.max_new_tokens"),
				entry("generation_max_length", "generation_config.max_length"));
		assertThat(read.values()).doesNotContainKey("sequence_length");
	}

	@Test
	void readsDeepSpeedNamesWithANote() {
		ReadConfiguration read = this.reader.read(Configs.json("""
				{"train_batch_size": 64, "train_micro_batch_size_per_gpu": 4, "gradient_clipping": 1.0,
				 "optimizer": {"type": "AdamW", "params": {"lr": 3e-5, "betas": [0.9, 0.95], "eps": 1e-8,
				 "weight_decay": 0.1}},
				 "scheduler": {"type": "WarmupLR", "params": {"warmup_num_steps": 500}}}"""), Dialect.HUGGINGFACE);
		assertThat(read.rawNames()).contains(entry("total_batch_size", "train_batch_size"),
				entry("batch_size", "train_micro_batch_size_per_gpu"), entry("learning_rate", "optimizer.params.lr"),
				entry("adam_beta1", "optimizer.params.betas[0]"), entry("adam_beta2", "optimizer.params.betas[1]"),
				entry("adam_epsilon", "optimizer.params.eps"), entry("optimizer", "optimizer.type"),
				entry("lr_schedule", "scheduler.type"), entry("warmup_steps", "scheduler.params.warmup_num_steps"));
		assertThat(codes(read)).contains(Code.FOREIGN_NAME, Code.GLOBAL_BATCH, Code.BETAS_SPLIT);
	}

}
