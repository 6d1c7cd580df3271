package dev.hparamadvisor.dialect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.catalogue.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.hparamadvisor.dialect.DialectNote.Code;

import static dev.hparamadvisor.dialect.Configs.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DialectWriterTests {

	private final DialectWriter writer = new DialectWriter(BundledCatalogue.get());

	private final DialectReader reader = new DialectReader(BundledCatalogue.get());

	private static Map<String, Object> loraRecipe() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("learning_rate", 2e-4);
		values.put("batch_size", 4);
		values.put("gradient_accumulation_steps", 8);
		values.put("num_epochs", 3);
		values.put("weight_decay", 0.01);
		values.put("warmup_ratio", 0.03);
		values.put("optimizer", "adamw_torch");
		values.put("lr_schedule", "cosine");
		values.put("gradient_clipping", 0.3);
		values.put("sequence_length", 4096);
		values.put("lora_r", 16);
		values.put("lora_alpha", 32);
		values.put("lora_dropout", 0.05);
		values.put("lora_target_modules", List.of("q_proj", "v_proj"));
		values.put("adam_beta2", 0.95);
		values.put("eval_steps", 100);
		values.put("save_steps", 200);
		values.put("early_stopping_patience", 3);
		values.put("gradient_checkpointing", true);
		values.put("bf16", true);
		values.put("min_lr_ratio", 0.1);
		values.put("do_sample", true);
		values.put("temperature", 0.7);
		values.put("top_p", 0.9);
		values.put("top_k", 50);
		values.put("max_new_tokens", 256);
		values.put("model_size", 8e9);
		values.put("dropout", 0.1);
		return values;
	}

	@ParameterizedTest
	@EnumSource(names = { "HUGGINGFACE", "AXOLOTL", "LLAMA_FACTORY", "OPENAI" })
	void readsBackWhatItWrote(Dialect target) {
		ExportedConfiguration exported = this.writer.export(loraRecipe(), target);
		ReadConfiguration named = this.reader.read(exported.document(), target);
		ReadConfiguration detected = this.reader.read(exported.document());
		assertThat(exported.written()).isNotEmpty();
		exported.written().forEach((name, value) -> assertThat(named.values().get(name)).as(name).isEqualTo(value));
		assertThat(detected.dialect()).isEqualTo(target);
		assertThat(detected.values()).containsAllEntriesOf(exported.written());
		assertThat(codes(named)).doesNotContain(Code.FOREIGN_NAME, Code.DUPLICATE);
		assertThat(named.unknown()).isEmpty();
		assertThat(exported.written().keySet()).doesNotContainAnyElementsOf(exported.unsupported());
	}

	@Test
	void writesPartialTrainingAsLlamaFactorysFreezeAndReadsItBack() {
		ContextHints partial = new ContextHints(null, true, null, null, null, null);
		ExportedConfiguration exported = this.writer.export(Map.of("learning_rate", 1e-5), Dialect.LLAMA_FACTORY,
				partial);
		assertThat(exported.document().path("finetuning_type").asString()).isEqualTo("freeze");
		ContextHints read = this.reader.read(exported.document(), Dialect.LLAMA_FACTORY).hints();
		assertThat(read.method()).isNull();
		assertThat(read.partial()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(names = { "HUGGINGFACE", "AXOLOTL", "LLAMA_FACTORY" })
	void readsBackTheMethodItWrote(Dialect target) {
		for (Method method : Method.values()) {
			ExportedConfiguration exported = this.writer.export(Map.of("learning_rate", 1e-4), target, method);
			assertThat(this.reader.read(exported.document(), target).hints().method()).as(target + " " + method)
				.isEqualTo(method);
		}
	}

	@Test
	void writesHuggingFaceTrainingArgumentsWithAGenerationConfig() {
		ExportedConfiguration exported = this.writer.export(loraRecipe(), Dialect.HUGGINGFACE);
		JsonNode document = exported.document();
		assertThat(document.propertyNames()).startsWith("use_peft")
			.contains("per_device_train_batch_size", "num_train_epochs", "lr_scheduler_type", "optim", "max_grad_norm",
					"max_length", "lora_r", "lr_scheduler_kwargs", "generation_config");
		assertThat(document.path("generation_config").propertyNames()).containsExactly("do_sample", "temperature",
				"top_p", "top_k", "max_new_tokens");
		assertThat(exported.unsupported()).containsExactly("early_stopping_patience", "model_size", "dropout");
	}

	@Test
	void writesAxolotlYamlThatParsesBack() {
		ExportedConfiguration exported = this.writer.export(loraRecipe(), Dialect.AXOLOTL);
		assertThat(exported.document().propertyNames()).startsWith("adapter")
			.contains("micro_batch_size", "sequence_len", "num_epochs", "lr_scheduler", "optimizer", "lora_r",
					"cosine_min_lr_ratio", "max_grad_norm", "trl");
		assertThat(exported.document().path("lora_target_modules").isArray()).isTrue();
		assertThat(exported.document().has("lora_target_linear")).isFalse();
		String yaml = YAMLMapper.builder().build().writeValueAsString(exported.document());
		ReadConfiguration read = this.reader.read(Configs.yaml(yaml));
		assertThat(read.dialect()).isEqualTo(Dialect.AXOLOTL);
		assertThat(read.values()).containsAllEntriesOf(exported.written());
	}

	@Test
	void writesLlamaFactoryNames() {
		ExportedConfiguration exported = this.writer.export(loraRecipe(), Dialect.LLAMA_FACTORY);
		JsonNode document = exported.document();
		assertThat(document.path("finetuning_type").asString()).isEqualTo("lora");
		assertThat(document.path("lora_rank").asInt()).isEqualTo(16);
		assertThat(document.path("lora_target").asString()).isEqualTo("q_proj,v_proj");
		assertThat(document.path("cutoff_len").asInt()).isEqualTo(4096);
		assertThat(document.path("disable_gradient_checkpointing").asBoolean()).isFalse();
		assertThat(document.path("early_stopping_steps").asInt()).isEqualTo(3);
	}

	@Test
	void writesOpenAiFineTuningWithAGlobalBatchAndAnAutoMultiplierForTheLearningRate() {
		ExportedConfiguration exported = this.writer.export(loraRecipe(), Dialect.OPENAI);
		JsonNode hyperparameters = exported.document().path("method").path("supervised").path("hyperparameters");
		assertThat(exported.document().path("method").path("type").asString()).isEqualTo("supervised");
		assertThat(hyperparameters.path("n_epochs").asInt()).isEqualTo(3);
		assertThat(hyperparameters.path("batch_size").asInt()).isEqualTo(32);
		assertThat(hyperparameters.path("learning_rate_multiplier").asString()).isEqualTo("auto");
		assertThat(exported.written()).containsOnlyKeys("total_batch_size", "num_epochs");
		assertThat(exported.unsupported()).contains("learning_rate", "batch_size", "gradient_accumulation_steps");
		assertThat(exported.notes()).anySatisfy((note) -> {
			assertThat(note.path()).isEqualTo("learning_rate");
			assertThat(note.message()).contains("no equivalent");
		});
		assertThat(codes(this.reader.read(exported.document()))).contains(Code.GLOBAL_BATCH);
	}

	@Test
	void writesAGivenMultiplierToOpenAi() {
		ExportedConfiguration exported = this.writer
			.export(Map.of("learning_rate_multiplier", 0.1, "total_batch_size", 16, "num_epochs", 2), Dialect.OPENAI);
		assertThat(exported.written()).containsOnlyKeys("learning_rate_multiplier", "total_batch_size", "num_epochs");
	}

	@Test
	void leavesTheGlobalBatchOutOfAxolotlBesideGradientAccumulation() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("batch_size", 2);
		values.put("gradient_accumulation_steps", 4);
		values.put("total_batch_size", 16);
		ExportedConfiguration exported = this.writer.export(values, Dialect.AXOLOTL);
		assertThat(exported.document().has("batch_size")).isFalse();
		assertThat(exported.unsupported()).containsExactly("total_batch_size");
		assertThat(this.writer.export(Map.of("total_batch_size", 16), Dialect.AXOLOTL)
			.document()
			.path("batch_size")
			.asInt()).isEqualTo(16);
	}

	@Test
	void leavesOutAFractionalWarmupStepsThatHuggingFaceWouldReadAsARatio() {
		ExportedConfiguration exported = this.writer.export(Map.of("warmup_steps", 0.05), Dialect.HUGGINGFACE);
		assertThat(exported.document().isEmpty()).isTrue();
		assertThat(exported.unsupported()).containsExactly("warmup_steps");
	}

	@Test
	void writesAutoForTheToolToChoose() {
		ExportedConfiguration exported = this.writer.export(Map.of("num_epochs", "auto"), Dialect.OPENAI);
		assertThat(exported.document()
			.path("method")
			.path("supervised")
			.path("hyperparameters")
			.path("n_epochs")
			.asString()).isEqualTo("auto");
		assertThat(exported.written()).isEmpty();
		assertThat(exported.notes()).singleElement()
			.satisfies((note) -> assertThat(note.code()).isEqualTo(Code.AUTO_VALUE));
	}

	@Test
	void recordsLlamaFactoryTargetsAsTheyReadBack() {
		ExportedConfiguration exported = this.writer.export(Map.of("lora_target_modules", "q_proj, v_proj"),
				Dialect.LLAMA_FACTORY);
		assertThat(exported.written().get("lora_target_modules")).hasSize(2);
	}

	@Test
	void refusesTargetsItCannotWriteAndNamesItDoesNotKnow() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.writer.export(Map.of(), Dialect.VLLM))
			.withMessageContaining("huggingface, axolotl, llamafactory, openai");
		assertThat(this.writer.export(Map.of("lr", 1e-4), Dialect.AXOLOTL).unsupported()).containsExactly("lr");
	}

	@ParameterizedTest
	@EnumSource(names = { "HUGGINGFACE", "AXOLOTL", "LLAMA_FACTORY" })
	void readsBackTheContextItWrote(Dialect target) {
		for (String task : List.of("sft", "dpo")) {
			ContextHints context = new ContextHints(Method.QLORA, false, "meta-llama/Llama-3.1-8B", null, task, null);
			Map<String, Object> values = new LinkedHashMap<>(loraRecipe());
			values.put("loss_function", task.equals("dpo") ? "dpo" : "cross_entropy");
			ExportedConfiguration exported = this.writer.export(values, target, context);
			ReadConfiguration read = this.reader.read(exported.document(), target);
			assertThat(read.hints().method()).as(target + " " + task).isEqualTo(Method.QLORA);
			assertThat(read.hints().modelName()).isEqualTo("meta-llama/Llama-3.1-8B");
			assertThat(read.hints().task()).as(target + " " + task).isEqualTo(task);
			assertThat(exported.written().containsKey("loss_function")).isEqualTo(task.equals("dpo"));
			exported.written().forEach((name, value) -> assertThat(read.values().get(name)).as(name).isEqualTo(value));
		}
	}

	@Test
	void writesTheTaskInEachToolsKeys() {
		ContextHints chat = new ContextHints(Method.LORA, false, null, null, "chat-sft", null);
		ContextHints dpo = new ContextHints(Method.QLORA, false, null, null, "dpo", null);
		Map<String, Object> values = Map.of("learning_rate", 1e-4, "loss_function", "dpo");
		assertThat(this.writer.export(values, Dialect.HUGGINGFACE, chat)
			.document()
			.path("assistant_only_loss")
			.asBoolean()).isTrue();
		JsonNode huggingFace = this.writer.export(values, Dialect.HUGGINGFACE, dpo).document();
		assertThat(huggingFace.path("loss_type").asString()).isEqualTo("sigmoid");
		assertThat(huggingFace.path("bnb_4bit_quant_type").asString()).isEqualTo("nf4");
		assertThat(huggingFace.path("use_bnb_nested_quant").asBoolean()).isTrue();
		assertThat(this.writer.export(values, Dialect.AXOLOTL, chat).document().path("train_on_inputs").asBoolean())
			.isFalse();
		assertThat(this.writer.export(values, Dialect.AXOLOTL, dpo).document().path("rl").asString()).isEqualTo("dpo");
		JsonNode llamaFactory = this.writer.export(values, Dialect.LLAMA_FACTORY, dpo).document();
		assertThat(llamaFactory.path("stage").asString()).isEqualTo("dpo");
		assertThat(llamaFactory.path("do_train").asBoolean()).isTrue();
		assertThat(llamaFactory.path("pref_loss").asString()).isEqualTo("sigmoid");
		assertThat(this.writer.export(values, Dialect.LLAMA_FACTORY, chat).document().path("stage").asString())
			.isEqualTo("sft");
		JsonNode openAi = this.writer.export(Map.of("num_epochs", 2, "total_batch_size", 16), Dialect.OPENAI, dpo)
			.document();
		assertThat(openAi.path("method").path("type").asString()).isEqualTo("dpo");
		assertThat(openAi.path("method").path("dpo").path("hyperparameters").path("batch_size").asInt()).isEqualTo(16);
	}

	@Test
	void leavesOutWhatTheToolReadsDifferently() {
		ContextHints chat = new ContextHints(Method.LORA, false, null, null, "chat-sft", null);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("max_steps", -1);
		values.put("loss_function", "cross_entropy");
		values.put("temperature", 0.7);
		values.put("num_devices", 8);
		values.put("early_stopping_patience", 3);
		assertThat(this.writer.export(values, Dialect.AXOLOTL, chat).unsupported()).containsExactly("max_steps",
				"loss_function", "temperature", "num_devices");
		assertThat(this.writer.export(values, Dialect.HUGGINGFACE, chat).unsupported()).containsExactly("loss_function",
				"num_devices", "early_stopping_patience");
		assertThat(this.writer.export(values, Dialect.LLAMA_FACTORY, chat).written()).containsKeys("max_steps",
				"temperature", "early_stopping_patience");
	}

	@Test
	void writesAllLinearAsLlamaFactorysAll() {
		ExportedConfiguration exported = this.writer.export(Map.of("lora_target_modules", "all-linear"),
				Dialect.LLAMA_FACTORY);
		assertThat(exported.document().path("lora_target").asString()).isEqualTo("all");
		assertThat(this.reader.read(exported.document(), Dialect.LLAMA_FACTORY).values())
			.containsAllEntriesOf(exported.written());
	}

	@Test
	void writesAllLinearAsAxolotlsLoraTargetLinear() {
		Map<String, Object> values = new LinkedHashMap<>(loraRecipe());
		values.put("lora_target_modules", "all-linear");
		ExportedConfiguration exported = this.writer.export(values, Dialect.AXOLOTL);
		JsonNode document = exported.document();
		assertThat(document.path("lora_target_linear").isBoolean()).isTrue();
		assertThat(document.path("lora_target_linear").asBoolean()).isTrue();
		assertThat(document.has("lora_target_modules")).isFalse();
		assertThat(exported.written().get("lora_target_modules").asString()).isEqualTo("all-linear");
		String yaml = YAMLMapper.builder().build().writeValueAsString(document);
		assertThat(yaml).contains("lora_target_linear: true").doesNotContain("all-linear");
		ReadConfiguration read = this.reader.read(Configs.yaml(yaml));
		assertThat(read.dialect()).isEqualTo(Dialect.AXOLOTL);
		assertThat(read.values()).containsAllEntriesOf(exported.written());
		assertThat(codes(read)).doesNotContain(Code.FOREIGN_NAME, Code.DUPLICATE);
		assertThat(read.unknown()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(names = { "HUGGINGFACE", "AXOLOTL" })
	void readsBackAllLinearUnderItsOwnName(Dialect target) {
		ExportedConfiguration exported = this.writer.export(Map.of("lora_r", 16, "lora_target_modules", "all-linear"),
				target);
		ReadConfiguration read = this.reader.read(exported.document(), target);
		assertThat(read.values().get("lora_target_modules").asString()).isEqualTo("all-linear");
		assertThat(read.values()).containsAllEntriesOf(exported.written());
		assertThat(exported.unsupported()).isEmpty();
	}

	@Test
	void writesWholeEpochsAndAtMost256ExamplesToOpenAi() {
		ExportedConfiguration exported = this.writer.export(Map.of("num_epochs", 2.6, "total_batch_size", 512),
				Dialect.OPENAI);
		JsonNode hyperparameters = exported.document().path("method").path("supervised").path("hyperparameters");
		assertThat(hyperparameters.path("n_epochs").isIntegralNumber()).isTrue();
		assertThat(hyperparameters.path("n_epochs").asInt()).isEqualTo(3);
		assertThat(hyperparameters.path("batch_size").asInt()).isEqualTo(256);
		assertThat(exported.written().get("num_epochs").asInt()).isEqualTo(3);
		assertThat(exported.written().get("total_batch_size").asInt()).isEqualTo(256);
		assertThat(exported.notes()).extracting(DialectNote::message)
			.anySatisfy((message) -> assertThat(message).contains("whole number"))
			.anySatisfy((message) -> assertThat(message).contains("at most 256"));
	}

}
