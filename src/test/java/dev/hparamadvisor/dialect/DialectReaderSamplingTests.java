package dev.hparamadvisor.dialect;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import org.junit.jupiter.api.Test;

import dev.hparamadvisor.dialect.DialectNote.Code;

import static dev.hparamadvisor.dialect.Configs.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class DialectReaderSamplingTests {

	private final DialectReader reader = new DialectReader(BundledCatalogue.get());

	@Test
	void readsAVllmRequest() {
		ReadConfiguration read = this.reader.read(Configs.json("""
				{"model": "meta-llama/Llama-3.1-8B-Instruct", "prompt": "Hello", "temperature": 0.7,
				 "top_p": 0.9, "top_k": -1, "min_p": 0.05, "repetition_penalty": 1.1, "max_tokens": 512,
				 "n": 2, "seed": 1, "stop": ["</s>"]}"""));
		assertThat(read.dialect()).isEqualTo(Dialect.VLLM);
		assertThat(read.values()).containsOnlyKeys("temperature", "top_p", "top_k", "min_p", "repetition_penalty",
				"max_new_tokens", "num_return_sequences");
		assertThat(read.values().get("top_k").asInt()).isEqualTo(-1);
		assertThat(read.rawNames()).contains(entry("max_new_tokens", "max_tokens"), entry("num_return_sequences", "n"));
		assertThat(read.ignored()).containsExactly("model", "prompt", "seed", "stop");
		assertThat(read.hints().task()).isEqualTo("inference");
		assertThat(read.hints().modelParameters()).isEqualTo(8_000_000_000L);
	}

	@Test
	void readsAnOpenAiChatRequest() {
		ReadConfiguration read = this.reader.read(Configs.json("""
				{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}], "temperature": 1.2,
				 "top_p": 0.9, "max_completion_tokens": 300, "presence_penalty": 0.5, "frequency_penalty": 0.3,
				 "n": 1}"""));
		assertThat(read.dialect()).isEqualTo(Dialect.OPENAI);
		assertThat(read.values()).containsOnlyKeys("temperature", "top_p", "max_new_tokens", "presence_penalty",
				"frequency_penalty", "num_return_sequences");
		assertThat(read.hints().modelName()).isEqualTo("gpt-4o-mini");
		assertThat(read.hints().modelParameters()).isNull();
	}

	@Test
	void readsOpenAiFineTuningHyperparameters() {
		ReadConfiguration read = this.reader.read(Configs.json("""
				{"model": "gpt-4o-mini-2024-07-18", "training_file": "file-abc",
				 "method": {"type": "supervised", "supervised": {"hyperparameters":
				   {"n_epochs": "auto", "batch_size": 8, "learning_rate_multiplier": 1.8}}}}"""));
		assertThat(read.dialect()).isEqualTo(Dialect.OPENAI);
		assertThat(read.values()).containsOnlyKeys("total_batch_size", "learning_rate_multiplier");
		assertThat(read.rawNames()).containsEntry("learning_rate_multiplier",
				"method.supervised.hyperparameters.learning_rate_multiplier");
		assertThat(codes(read)).contains(Code.AUTO_VALUE, Code.GLOBAL_BATCH, Code.RELATIVE_LEARNING_RATE);
		assertThat(read.ignored()).contains("training_file", "method.type");
		assertThat(read.hints().task()).isEqualTo("sft");
	}

	@Test
	void readsLegacyAndPreferenceFineTuningObjects() {
		ReadConfiguration legacy = this.reader
			.read(Configs.json("{\"training_file\": \"f\", \"hyperparameters\": {\"n_epochs\": 3}}"));
		assertThat(legacy.values().get("num_epochs").asInt()).isEqualTo(3);
		ReadConfiguration dpo = this.reader.read(Configs.json(
				"{\"method\": {\"type\": \"dpo\", \"dpo\": {\"hyperparameters\": {\"beta\": 0.1, \"n_epochs\": 2}}}}"));
		assertThat(dpo.values().get("preference_beta").asDouble()).isEqualTo(0.1);
		assertThat(dpo.hints().task()).isEqualTo("dpo");
	}

	@Test
	void neverReadsTheMultiplierAsALearningRate() {
		ReadConfiguration read = this.reader.read(Configs.json("{\"learning_rate_multiplier\": 2}"), Dialect.OPENAI);
		assertThat(read.values()).containsOnlyKeys("learning_rate_multiplier");
	}

}
