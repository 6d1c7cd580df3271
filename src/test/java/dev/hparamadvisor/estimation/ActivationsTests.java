package dev.hparamadvisor.estimation;

import dev.hparamadvisor.catalogue.Method;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saved activations and logits of Llama-3.1-8B (h 4096, kv 1024, ff 14336, 32 heads,
 * vocabulary 128256), against hand-computed bytes per token.
 */
class ActivationsTests {

	static TrainingPlan plan(Method method, Precision precision, boolean checkpointing, LoraAdapters lora) {
		return new TrainingPlan(ModelStatesTests.LLAMA_8B, method, precision, Optimizer.ADAMW, 1, 2048, checkpointing,
				lora, 1);
	}

	@Test
	void fullBf16SavesTwentyHiddenFourKeyValueAndEightIntermediateBytes() {
		// norms 8h + normalized 4h + projection inputs 4h + 2ff + attention 4h + 4kv + 4a
		// + MLP 6ff = 20·4096 + 4·1024 + 8·14336 + 4·32
		assertThat(Activations.perTokenPerLayer(plan(Method.FULL, Precision.BF16, false, null))).isEqualTo(200_832);
	}

	@Test
	void fullMixedSavesFp32StreamAndABf16CastPerProjection() {
		// fp32 residual stream: normalized 8h, five bf16 casts 10h: 30·4096 + 4·1024 +
		// 8·14336 + 4·32
		assertThat(Activations.perTokenPerLayer(plan(Method.FULL, Precision.MIXED, false, null))).isEqualTo(241_792);
	}

	@Test
	void loraSavesNoFrozenInputsButAnFp32CopyAndAMaskPerAdapter() {
		// norms 32,768 + attention 20,608 + MLP 86,016 + 5 · (6·4096 + 14336) + 4 · 16 ·
		// 7
		assertThat(Activations.perTokenPerLayer(plan(Method.LORA, Precision.BF16, false, LoraAdapters.allLinear(16))))
			.isEqualTo(334_400);
		// under autocast lora_A keeps a bf16 copy: 3 · 38,912 + 2 · 16 · 7
		assertThat(Activations.perTokenPerLayer(plan(Method.LORA, Precision.MIXED, false, LoraAdapters.allLinear(16))))
			.isEqualTo(32_768 + 20_608 + 86_016 + 116_736 + 224);
		// q and v only: 5 · 2 · 4096 + 4 · 16 · 2
		LoraAdapters qv = new LoraAdapters(16, EnumSet.of(Projection.Q_PROJ, Projection.V_PROJ));
		assertThat(Activations.perTokenPerLayer(plan(Method.LORA, Precision.BF16, false, qv)))
			.isEqualTo(32_768 + 20_608 + 86_016 + 40_960 + 128);
	}

	@Test
	void checkpointingKeepsOnlyEachBlocksInput() {
		assertThat(Activations.checkpointPerTokenPerLayer(plan(Method.FULL, Precision.BF16, true, null)))
			.isEqualTo(8192);
		assertThat(Activations.checkpointPerTokenPerLayer(plan(Method.FULL, Precision.MIXED, true, null)))
			.isEqualTo(16_384);
		assertThat(Activations
			.checkpointPerTokenPerLayer(plan(Method.LORA, Precision.MIXED, true, LoraAdapters.allLinear(16))))
			.isEqualTo(8192);
	}

	@Test
	void autocastCopiesEveryProjectionAndTheLmHeadInBf16() {
		// 2 · (32 · 218,103,808 + 525,336,576)
		assertThat(Activations.autocastWeightCopies(plan(Method.FULL, Precision.MIXED, false, null)))
			.isEqualTo(15_009_316_864.0);
		assertThat(Activations.autocastWeightCopies(plan(Method.FULL, Precision.BF16, false, null))).isZero();
	}

	@Test
	void logitsAreTenBytesAtTheLossAndTwelveAtTheStartOfBackward() {
		// 2048 tokens · 128,256 entries = 262,668,288
		TrainingPlan plan = plan(Method.FULL, Precision.BF16, false, null);
		assertThat(Logits.forwardBytes(plan)).isEqualTo(10.0 * 262_668_288);
		assertThat(Logits.backwardBytes(plan)).isEqualTo(12.0 * 262_668_288);
		assertThat(Logits.backwardBytes(plan.withMicroBatchSize(4))).isEqualTo(48.0 * 262_668_288);
	}

}
