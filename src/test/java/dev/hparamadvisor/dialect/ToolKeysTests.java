package dev.hparamadvisor.dialect;

import java.nio.charset.StandardCharsets;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys a tool reads are never typos: each dialect knows its tool's whole key set, and a
 * nested spelling of a known alias maps to the catalogue's id.
 */
class ToolKeysTests {

	private final DialectReader reader = new DialectReader(BundledCatalogue.get());

	private ReadConfiguration read(String yaml, Dialect dialect) {
		return this.reader.read(new ConfigParser().parse(yaml.getBytes(StandardCharsets.UTF_8), ConfigFormat.YAML),
				dialect);
	}

	@Test
	void everyToolHasItsKeySet() {
		assertThat(ToolKeys.bundled().size(Dialect.HUGGINGFACE)).isGreaterThan(400);
		assertThat(ToolKeys.bundled().size(Dialect.AXOLOTL)).isGreaterThan(300);
		assertThat(ToolKeys.bundled().size(Dialect.LLAMA_FACTORY)).isGreaterThan(500);
		assertThat(ToolKeys.bundled().size(Dialect.TORCHTUNE)).isGreaterThan(140);
	}

	@Test
	void torchtuneRlhfKeysAndComponentArgumentsAreIgnoredNotUnknown() {
		ReadConfiguration read = read("""
				batch_size: 64
				num_steps: 10000
				ppo_epochs: 2
				ppo_batch_size: 32
				forward_batch_size: 16
				batch_size_val: 8
				save_every_n_epochs: 1
				loss:
				  _component_: torchtune.rlhf.loss.PPOLoss
				  epsilon: 0.2
				  value_clip_range: 0.2
				""", Dialect.TORCHTUNE);
		assertThat(read.unknown()).isEmpty();
		assertThat(read.ignored()).contains("ppo_epochs", "ppo_batch_size", "forward_batch_size", "batch_size_val");
		assertThat(read.hints().task()).isEqualTo("ppo");
	}

	@Test
	void torchtuneValidationBatchAndAsyncGrpoSectionsAreIgnoredNotUnknown() {
		// keys of published torchtune configs that were reported as typos or as settings
		// not modelled
		ReadConfiguration read = read("""
				val_batch_size: 32
				ppo_backward_batch_size: 2
				orchestration:
				  num_steps: 200
				  replay_buffer_size: 8
				inference:
				  temperature: 1.0
				  batch_size: 1
				  steps_before_weight_sync: 1
				training:
				  batch_size: 1
				  ppo_epochs: 1
				  clip_grad_norm: 1.0
				  save_every_n_steps: 50
				""", Dialect.TORCHTUNE);
		assertThat(read.unknown()).isEmpty();
		assertThat(read.ignored()).contains("val_batch_size", "ppo_backward_batch_size", "orchestration", "inference",
				"training");
	}

	@Test
	void llamaFactoryExampleKeysBeyondItsArgumentClassesAreIgnoredNotUnknown() {
		// MFU, QAT, ALST, Gaudi and a rope_scaling object, as LLaMA-Factory's examples
		// set them
		ReadConfiguration read = read("""
				stage: sft
				finetuning_type: full
				include_mfu: true
				mfu_warmup_steps: 5
				enable_qat: true
				fake_quant_after_n_steps: 1000
				alst_memory_optimizations: true
				use_habana: true
				throughput_warmup_steps: 3
				rope_scaling:
				  rope_type: yarn
				  factor: 4.0
				  beta_fast: 32
				  beta_slow: 1
				learning_rate: 1.0e-5
				""", Dialect.LLAMA_FACTORY);
		assertThat(read.unknown()).isEmpty();
		assertThat(read.ignored()).contains("mfu_warmup_steps", "fake_quant_after_n_steps", "throughput_warmup_steps");
	}

	@Test
	void keysOfEveryArgumentClassAndRecipeScriptAreIgnoredNotUnknown() {
		// LLaMA-Factory's data, model and training argument classes, beyond its examples
		ReadConfiguration factory = read("""
				stage: sft
				finetuning_type: lora
				preprocessing_batch_size: 1000
				use_distributed_optimizer: true
				profiler_warmup_steps: 2
				learning_rate: 1.0e-4
				""", Dialect.LLAMA_FACTORY);
		assertThat(factory.unknown()).isEmpty();
		assertThat(factory.ignored()).contains("preprocessing_batch_size", "use_distributed_optimizer",
				"profiler_warmup_steps");
		// torchtune's GRPO, QAT, early-exit and validation recipes read these at top
		// level
		ReadConfiguration tune = read("""
				batch_size: 4
				steps_before_sync: 2
				fake_quant_after_n_steps: 1000
				layer_dropout: 0.2
				max_validation_batches: 10
				optimizer:
				  _component_: torch.optim.AdamW
				  lr: 2.0e-5
				""", Dialect.TORCHTUNE);
		assertThat(tune.unknown()).isEmpty();
		// Axolotl's plugins add their own keys (GKD, knowledge distillation, Liger)
		ReadConfiguration plugins = read("""
				base_model: Qwen/Qwen3-0.6B
				plugins:
				  - axolotl.integrations.gkd.GKDPlugin
				gkd_beta: 0.5
				gkd_temperature: 0.9
				kd_alpha: 0.9
				liger_rms_norm: true
				learning_rate: 1.0e-5
				""", Dialect.AXOLOTL);
		assertThat(plugins.unknown()).isEmpty();
		assertThat(plugins.ignored()).contains("gkd_beta", "gkd_temperature", "kd_alpha", "liger_rms_norm");
		assertThat(tune.ignored()).contains("steps_before_sync", "fake_quant_after_n_steps", "layer_dropout",
				"max_validation_batches");
	}

	@Test
	void nestedSpellingsOfKnownAliasesMapToTheCatalogue() {
		ReadConfiguration read = read("""
				model:
				  _component_: torchtune.models.llama3_1.llama3_1_8b
				  attn_dropout: 0.1
				loss:
				  _component_: torchtune.rlhf.loss.DPOLoss
				  beta: 0.05
				""", Dialect.TORCHTUNE);
		assertThat(read.values()).containsKeys("attention_dropout", "preference_beta");
		assertThat(read.hints().task()).isEqualTo("dpo");
	}

	@Test
	void keysOfTrlAndLlamaFactoryRecipesAreKnownAndATypoStaysATypo() {
		ReadConfiguration trl = read("""
				learning_rate: 1.0e-6
				num_generations: 8
				epsilon_high: 0.28
				steps_per_generation: 4
				per_device_train_batch_size: 4
				lerning_rate: 1.0e-5
				""", Dialect.HUGGINGFACE);
		assertThat(trl.unknown()).extracting(UnknownKey::path).containsExactly("lerning_rate");
		assertThat(trl.hints().task()).isEqualTo("grpo");
		ReadConfiguration factory = read("""
				stage: ppo
				ppo_epochs: 4
				ppo_buffer_size: 1
				per_device_train_batch_size: 1
				""", Dialect.LLAMA_FACTORY);
		assertThat(factory.unknown()).isEmpty();
	}

	@Test
	void withNoToolNamedAKeyOfAnyToolIsNotATypo() {
		ReadConfiguration read = read("""
				learning_rate: 1.0e-5
				ppo_epochs: 4
				kl_coeff: 0.01
				""", Dialect.CANONICAL);
		assertThat(read.unknown()).isEmpty();
	}

}
