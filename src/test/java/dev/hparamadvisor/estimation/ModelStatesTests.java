package dev.hparamadvisor.estimation;

import dev.hparamadvisor.catalogue.Method;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Weights, gradients and optimizer states of Llama-3.1-8B, against hand-computed bytes.
 */
class ModelStatesTests {

	static final Architecture LLAMA_8B = new Architecture(4096, 32, 32, 8, 14336, 128256, false);

	// 128256·4096·2 + 32·(2·4096² + 2·4096·1024 + 3·4096·14336 + 2·4096) + 4096
	static final long N = 8_030_261_248L;

	// 32 layers · r 16 · (q 8192 + k 5120 + v 5120 + o 8192 + gate 18432 + up 18432 +
	// down 18432)
	static final long LORA_16 = 41_943_040L;

	static TrainingPlan plan(Method method, Precision precision, Optimizer optimizer) {
		LoraAdapters lora = method.usesAdapters() ? LoraAdapters.allLinear(16) : null;
		return new TrainingPlan(LLAMA_8B, method, precision, optimizer, 1, 2048, false, lora, 1);
	}

	@Test
	void parameterCountsAreThePublishedOnes() {
		assertThat(LLAMA_8B.parameters()).isEqualTo(N);
		assertThat(LoraAdapters.allLinear(16).trainableParameters(LLAMA_8B)).isEqualTo(LORA_16);
	}

	@Test
	void weights() {
		assertThat(ModelStates.weightBytes(plan(Method.FULL, Precision.MIXED, Optimizer.ADAMW))).isEqualTo(4.0 * N);
		assertThat(ModelStates.weightBytes(plan(Method.FULL, Precision.BF16, Optimizer.ADAMW))).isEqualTo(2.0 * N);
		assertThat(ModelStates.weightBytes(plan(Method.LORA, Precision.BF16, Optimizer.ADAMW)))
			.isEqualTo(2.0 * N + 4.0 * LORA_16);
		// 32 · 218,103,808 projection weights in NF4 + double quantization; embeddings,
		// LM head and norms (1,050,939,392) in fp32
		assertThat(ModelStates.weightBytes(plan(Method.QLORA, Precision.BF16, Optimizer.ADAMW)))
			.isCloseTo(4.127 / 8 * 6_979_321_856L + 4.0 * 1_050_939_392L + 4.0 * LORA_16, within(1.0));
	}

	@Test
	void gradientsFollowTheTrainableParametersDtype() {
		assertThat(ModelStates.gradientBytes(plan(Method.FULL, Precision.MIXED, Optimizer.ADAMW))).isEqualTo(4.0 * N);
		assertThat(ModelStates.gradientBytes(plan(Method.FULL, Precision.BF16, Optimizer.ADAMW))).isEqualTo(2.0 * N);
		assertThat(ModelStates.gradientBytes(plan(Method.LORA, Precision.BF16, Optimizer.ADAMW)))
			.isEqualTo(4.0 * LORA_16);
		assertThat(ModelStates.gradientBytes(plan(Method.QLORA, Precision.MIXED, Optimizer.ADAMW)))
			.isEqualTo(4.0 * LORA_16);
	}

	@Test
	void adamwKeepsTwoMomentsInTheParameterDtype() {
		assertThat(ModelStates.optimizerStateBytes(plan(Method.FULL, Precision.MIXED, Optimizer.ADAMW)))
			.isEqualTo(8.0 * N);
		assertThat(ModelStates.optimizerStateBytes(plan(Method.FULL, Precision.BF16, Optimizer.ADAMW)))
			.isEqualTo(4.0 * N);
		assertThat(ModelStates.optimizerStateBytes(plan(Method.LORA, Precision.BF16, Optimizer.ADAMW)))
			.isEqualTo(8.0 * LORA_16);
	}

	@Test
	void eightBitAdamwKeepsTwoBytesAndABlockScale() {
		// 2 + 2 · 4 / 2048 = 2.00390625 bytes a parameter, whatever the precision
		assertThat(ModelStates.optimizerStateBytes(plan(Method.FULL, Precision.MIXED, Optimizer.ADAMW_8BIT)))
			.isEqualTo(16_091_890_704.0);
		assertThat(ModelStates.optimizerStateBytes(plan(Method.FULL, Precision.BF16, Optimizer.ADAMW_8BIT)))
			.isEqualTo(16_091_890_704.0);
	}

	@Test
	void sgdKeepsOneMomentumBuffer() {
		assertThat(ModelStates.optimizerStateBytes(plan(Method.FULL, Precision.MIXED, Optimizer.SGD)))
			.isEqualTo(4.0 * N);
		assertThat(ModelStates.optimizerStateBytes(plan(Method.FULL, Precision.BF16, Optimizer.SGD)))
			.isEqualTo(2.0 * N);
	}

	@Test
	void adafactorFactorsEachMatrixIntoARowAndAColumn() {
		// 32 · 81,920 (in + out of the seven projections) + 2 · (128,256 + 4,096) for
		// embeddings and LM head + 65 · 4,096 norm weights = 3,152,384 elements
		assertThat(ModelStates.optimizerStateBytes(plan(Method.FULL, Precision.MIXED, Optimizer.ADAFACTOR)))
			.isEqualTo(4.0 * 3_152_384);
		assertThat(ModelStates.optimizerStateBytes(plan(Method.FULL, Precision.BF16, Optimizer.ADAFACTOR)))
			.isEqualTo(2.0 * 3_152_384);
		// adapters: 32 · (81,920 + 2 · 16 · 7)
		assertThat(ModelStates.optimizerStateBytes(plan(Method.LORA, Precision.BF16, Optimizer.ADAFACTOR)))
			.isEqualTo(4.0 * 32 * (81_920 + 2 * 16 * 7));
		// three fp32 copies of the largest matrix, the 128,256 x 4,096 embedding
		assertThat(ModelStates.optimizerStepTransientBytes(plan(Method.FULL, Precision.MIXED, Optimizer.ADAFACTOR)))
			.isEqualTo(12.0 * 525_336_576);
		assertThat(ModelStates.optimizerStepTransientBytes(plan(Method.FULL, Precision.MIXED, Optimizer.ADAMW)))
			.isZero();
	}

}
