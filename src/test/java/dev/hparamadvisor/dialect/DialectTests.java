package dev.hparamadvisor.dialect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DialectTests {

	@ParameterizedTest
	@CsvSource({ "hf, HUGGINGFACE", "HuggingFace, HUGGINGFACE", "transformers, HUGGINGFACE", "TRL, HUGGINGFACE",
			"axolotl, AXOLOTL", "llamafactory, LLAMA_FACTORY", "llama-factory, LLAMA_FACTORY",
			"LLaMA_Factory, LLAMA_FACTORY", "torchtune, TORCHTUNE", "vLLM, VLLM", "openai, OPENAI",
			"canonical, CANONICAL" })
	void readsCommonSpellings(String name, Dialect dialect) {
		assertThat(Dialect.fromName(name)).contains(dialect);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "keras", "deepspeed", "hugging" })
	void rejectsOtherNames(String name) {
		assertThat(Dialect.fromName(name)).isEmpty();
	}

}
