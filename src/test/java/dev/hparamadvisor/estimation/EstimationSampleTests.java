package dev.hparamadvisor.estimation;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four rows of the H200 measurements bundled with the tests (TinyLlama full mixed and
 * full bf16, Llama 3.2 3B full mixed with its tied 128k vocabulary, Llama 3 8B LoRA with
 * checkpointing), so that the estimator is checked against reality without the team's
 * shared data. {@link EstimationAccuracyTests} runs all 21.
 */
class EstimationSampleTests {

	@Test
	void bundledRowsAreEstimatedWithinFivePercent() throws URISyntaxException {
		Path file = Path.of(getClass().getResource("/estimation/gpu-memory-h200-sample.jsonl").toURI());
		List<MeasuredRun> runs = MeasuredRun.read(file);
		assertThat(runs).hasSize(4);
		MemoryEstimator estimator = new MemoryEstimator();
		for (MeasuredRun run : runs) {
			double estimate = estimator.estimate(run.plan()).peakGib();
			assertThat(EstimationAccuracyTests.relativeError(estimate, run.peakAllocatedGib())).as(run.label())
				.isLessThan(0.05);
		}
	}

}
