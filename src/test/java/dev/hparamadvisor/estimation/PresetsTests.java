package dev.hparamadvisor.estimation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PresetsTests {

	final ModelPresets models = ModelPresets.builtIn();

	final Gpus gpus = Gpus.builtIn();

	@Test
	void modelsAreFoundUnderTheirCommonSpellings() {
		for (String name : new String[] { "meta-llama/Llama-3.1-8B", "llama-3.1-8b", "Llama 3.1 8B",
				"meta-llama/Meta-Llama-3-8B-Instruct", "LLAMA3-8B" }) {
			assertThat(models.find(name)).as(name).map(ModelPreset::id).contains("meta-llama/Llama-3.1-8B");
		}
		assertThat(models.find("Qwen/Qwen2.5-7B-Instruct")).map(ModelPreset::id).contains("Qwen/Qwen2.5-7B");
		assertThat(models.find("tinyllama")).isPresent();
		assertThat(models.find("gpt-5")).isEmpty();
	}

	@Test
	void modelsHaveThePublishedParameterCounts() {
		assertThat(models.find("llama-3.2-1b").orElseThrow().parameters()).isEqualTo(1_235_814_400L);
		assertThat(models.find("llama-3.2-3b").orElseThrow().parameters()).isEqualTo(3_212_749_824L);
		assertThat(models.find("llama-3.1-70b").orElseThrow().parameters()).isEqualTo(70_553_706_496L);
		assertThat(models.find("mistral-7b-v0.1").orElseThrow().parameters()).isEqualTo(7_241_732_096L);
		assertThat(models.find("qwen2.5-0.5b").orElseThrow().parameters()).isEqualTo(494_032_768L);
		assertThat(models.find("gemma-2b").orElseThrow().parameters()).isEqualTo(2_506_172_416L);
		assertThat(models.find("phi-3-mini").orElseThrow().parameters()).isEqualTo(3_821_079_552L);
		assertThat(models.all()).allSatisfy((m) -> assertThat(m.source()).startsWith("https://huggingface.co/"));
	}

	@Test
	void gpusAreFoundUnderTheirCommonSpellings() {
		for (String name : new String[] { "h100", "H100 80GB", "h100-80gb", "NVIDIA H100" }) {
			assertThat(gpus.find(name)).as(name).map(Gpu::id).contains("h100-80gb");
		}
		assertThat(gpus.find("H200")).map(Gpu::usableGib).contains(139.8);
		assertThat(gpus.find("RTX 4090")).map(Gpu::id).contains("rtx-4090");
		assertThat(gpus.find("a100 40gb")).map(Gpu::memoryGb).contains(40.0);
		assertThat(gpus.find("tpu-v5")).isEmpty();
		assertThat(gpus.all()).allSatisfy((g) -> assertThat(g.usableGib()).isLessThanOrEqualTo(g.memoryGb()));
	}

}
