package dev.hparamadvisor.recommendation;

import java.util.ArrayList;
import java.util.List;

import dev.hparamadvisor.catalogue.Task;
import dev.hparamadvisor.estimation.EstimateRequest.ModelSpec;

/**
 * The grid of scenarios the round-trip and memory tests run: every task, every method,
 * five model sizes from 0.5B to 70B, four dataset sizes and four hardware set-ups.
 */
final class Grid {

	static final List<ModelSpec> MODELS = List.of(Requests.preset("qwen2.5-0.5b"), Requests.preset("llama-3.2-1b"),
			Requests.preset("llama-3.1-8b"), Requests.parameters(3.2e10), Requests.preset("llama-3.1-70b"));

	/** Examples, average and 95th-percentile tokens (null: not given). */
	static final List<long[]> DATASETS = List.of(new long[] { 40, 300, 900 }, new long[] { 2_000, 450, 0 },
			new long[] { 12_000, 650, 1800 }, new long[] { 600_000, 1200, 3500 });

	static final List<RecommendRequest.Hardware> HARDWARE = java.util.Arrays.asList(null, Requests.memory(24, 1),
			Requests.gpu("a100-80gb", 1), Requests.gpu("h100", 8));

	private Grid() {
	}

	static List<RecommendRequest> scenarios() {
		List<RecommendRequest> all = new ArrayList<>();
		Priority[] priorities = Priority.values();
		int i = 0;
		for (Task task : Task.values()) {
			for (MethodChoice method : MethodChoice.values()) {
				for (ModelSpec model : MODELS) {
					for (long[] data : DATASETS) {
						for (RecommendRequest.Hardware hardware : HARDWARE) {
							Integer p95 = (data[2] > 0) ? (int) data[2] : null;
							all.add(Requests.request(task, method, model, data[0], (int) data[1], p95, hardware,
									priorities[i++ % priorities.length]));
						}
					}
				}
			}
		}
		return all;
	}

}
