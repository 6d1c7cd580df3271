package dev.hparamadvisor.estimation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ArchitectureTests {

	@Test
	void headsMustDivideTheHiddenSizeAndKeyValueHeadsTheHeads() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Architecture(4096, 32, 30, 10, 14336, 128256, false))
			.withMessageContaining("num_attention_heads");
		assertThatIllegalArgumentException().isThrownBy(() -> new Architecture(4096, 32, 32, 6, 14336, 128256, false))
			.withMessageContaining("num_key_value_heads");
		assertThatIllegalArgumentException().isThrownBy(() -> new Architecture(0, 32, 32, 8, 14336, 128256, false))
			.withMessageContaining("hidden_size");
	}

	@Test
	void attentionBiasAddsQKVBiases() {
		// Qwen2.5-7B: 7.62e9 as published
		Architecture qwen7b = new Architecture(3584, 28, 28, 4, 18944, 152064, false, true);
		assertThat(qwen7b.parameters()).isEqualTo(7_615_616_512L);
	}

	@Test
	void inferenceKeepsAPublishedShapeAndMatchesTheSize() {
		InferredArchitecture eight = Architecture.infer(8_030_000_000L);
		assertThat(eight.reference()).isEqualTo("meta-llama/Llama-3.1-8B");
		assertThat(eight.architecture()).isEqualTo(ModelStatesTests.LLAMA_8B);
		assertThat(eight.statement()).contains("inferred").contains("32 layers");
		for (long n : new long[] { 100_000_000L, 1_000_000_000L, 7_000_000_000L, 13_000_000_000L, 34_000_000_000L,
				70_000_000_000L, 180_000_000_000L }) {
			double ratio = (double) Architecture.infer(n).architecture().parameters() / n;
			assertThat(ratio).as("%d parameters", n).isBetween(0.85, 1.15);
		}
		assertThat(Architecture.infer(1).architecture().numLayers()).isEqualTo(1);
	}

}
