package dev.hparamadvisor.recommendation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code method} object of an OpenAI fine-tuning job: {@code supervised} or
 * {@code dpo}, with {@code n_epochs}, the whole {@code batch_size} (1 to 256) and
 * {@code learning_rate_multiplier} left to {@code auto}.
 */
final class OpenAiExport {

	/** What this format never carries, and why. */
	private static final List<String> NEVER = List.of(
			"learning_rate: OpenAI takes a multiplier of a base rate it does not publish, so an absolute rate "
					+ "cannot be converted; learning_rate_multiplier is left to auto",
			"every other setting: OpenAI chooses the micro-batch, schedule, warmup, optimizer, clipping, sequence "
					+ "length and LoRA settings itself",
			"temperature, top_p: sampling settings of the chat completions request, not of the fine-tuning job");

	/** OpenAI's largest batch size. */
	static final int MAX_BATCH = 256;

	private OpenAiExport() {
	}

	/** What this format does not carry for this recommendation, and why. */
	static List<String> notWritten(ExportValues v) {
		return NEVER;
	}

	static Map<String, Object> tree(ExportValues v) {
		Map<String, Object> hyperparameters = new LinkedHashMap<>();
		hyperparameters.put("n_epochs", Math.max(1, Math.round(((Number) v.get("num_epochs")).doubleValue())));
		hyperparameters.put("batch_size", Math.max(1, Math.min(MAX_BATCH, v.plan().effectiveBatchSize())));
		hyperparameters.put("learning_rate_multiplier", "auto");
		String type = v.preference() ? "dpo" : "supervised";
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("hyperparameters", hyperparameters);
		Map<String, Object> method = new LinkedHashMap<>();
		method.put("type", type);
		method.put(type, settings);
		return Map.of("method", method);
	}

}
