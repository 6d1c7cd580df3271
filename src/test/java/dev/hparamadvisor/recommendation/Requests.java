package dev.hparamadvisor.recommendation;

import dev.hparamadvisor.catalogue.Task;
import dev.hparamadvisor.estimation.EstimateRequest.ModelSpec;
import org.jspecify.annotations.Nullable;

/**
 * Request builders for tests.
 */
final class Requests {

	private Requests() {
	}

	static ModelSpec preset(String name) {
		return new ModelSpec(name, null, null, null, null, null, null, null, null, null);
	}

	static ModelSpec parameters(double parameters) {
		return new ModelSpec(null, parameters, null, null, null, null, null, null, null, null);
	}

	static RecommendRequest request(Task task, MethodChoice method, ModelSpec model, long examples, int avg,
			@Nullable Integer p95, RecommendRequest.@Nullable Hardware hardware, @Nullable Priority priority) {
		return new RecommendRequest(task, method, model, new RecommendRequest.Dataset(examples, avg, p95), hardware,
				priority);
	}

	static RecommendRequest.Hardware gpu(String gpu, int count) {
		return new RecommendRequest.Hardware(gpu, null, count);
	}

	static RecommendRequest.Hardware memory(double gib, int count) {
		return new RecommendRequest.Hardware(null, gib, count);
	}

	/** The issue's example: Llama 3.1 8B, LoRA, chat, 12,000 examples, one 80 GiB GPU. */
	static RecommendRequest issueExample() {
		return request(Task.CHAT, MethodChoice.LORA, preset("llama-3.1-8b"), 12_000, 650, 1800, memory(80, 1),
				Priority.BALANCED);
	}

}
