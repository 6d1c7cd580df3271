package dev.hparamadvisor.dialect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ModelNamesTests {

	@ParameterizedTest
	@CsvSource({ "meta-llama/Llama-3.1-8B, 8000000000", "Qwen/Qwen2.5-0.5B, 500000000",
			"Qwen/Qwen2.5-1.5b-instruct, 1500000000", "casperhansen/llama-3-70b-fp16, 70000000000",
			"EleutherAI/gpt-neo-350M, 350000000", "google/gemma-3-270m-it, 270000000",
			"mistralai/Mixtral-8x7B-v0.1, 56000000000", "stabilityai/stablelm-2-1_6b, 1600000000",
			"Qwen/Qwen3-30B-A3B-Instruct-2507, 30000000000", "CohereForAI/c4ai-command-r7b-12-2024, 7000000000",
			"google/gemma-3n-E2B-it, 2000000000", "Salesforce/xgen-7b-8k-base, 7000000000",
			"openlm-research/open_llama_3b_v2, 3000000000",
			"hugging-quants/Meta-Llama-3.1-405B-BNB-NF4-BF16, 405000000000",
			"torchtune.models.llama3_1.lora_llama3_1_8b, 8000000000",
			"torchtune.models.qwen2_5.qwen2_5_0_5b, 500000000", "torchtune.models.qwen2_5.qwen2_5_7b, 7000000000",
			"torchtune.models.qwen3.qwen3_1_7b, 1700000000", "torchtune.models.llama3_3.llama3_3_70b, 70000000000" })
	void readsTheSizeFromTheName(String name, long parameters) {
		assertThat(ModelNames.parameterCount(name)).isEqualTo(parameters);
	}

	@ParameterizedTest
	@ValueSource(strings = { "gpt2", "microsoft/phi-2", "microsoft/Phi-3-mini-4k-instruct", "Qwen/Qwen1.5-MoE-A2.7B",
			"meta-llama/Llama-4-Scout-17B-16E-Instruct", "gpt-4o-mini", "TinyLlama/TinyLlama_v1.1" })
	void givesNoSizeWhenTheNameStatesNoTotal(String name) {
		assertThat(ModelNames.parameterCount(name)).isNull();
	}

}
