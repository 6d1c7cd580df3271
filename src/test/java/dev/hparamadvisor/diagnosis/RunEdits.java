package dev.hparamadvisor.diagnosis;

import java.nio.file.Path;
import java.util.function.Consumer;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real trainer state with a defect injected: read as a tree, changed entry by entry,
 * written back as Python's json writes it (NaN as a bare token).
 */
final class RunEdits {

	static final JsonMapper JSON = JsonMapper
		.builder(JsonFactory.builder()
			.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
			.disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
			.build())
		.build();

	private RunEdits() {
	}

	static ObjectNode state(Path file) {
		return (ObjectNode) JSON.readTree(SharedRuns.bytes(file));
	}

	/** Changes every training entry (one with a loss). */
	static ObjectNode eachTrainEntry(ObjectNode state, Consumer<ObjectNode> edit) {
		for (JsonNode entry : state.path("log_history")) {
			if (entry.has("loss")) {
				edit.accept((ObjectNode) entry);
			}
		}
		return state;
	}

	/** Changes every evaluation entry (one with eval_loss). */
	static ObjectNode eachEvalEntry(ObjectNode state, Consumer<ObjectNode> edit) {
		for (JsonNode entry : state.path("log_history")) {
			if (entry.has("eval_loss")) {
				edit.accept((ObjectNode) entry);
			}
		}
		return state;
	}

	static long lastStep(ObjectNode state) {
		long last = 0;
		for (JsonNode entry : state.path("log_history")) {
			last = Math.max(last, entry.path("step").asLong());
		}
		return last;
	}

	static byte[] bytes(JsonNode node) {
		return JSON.writeValueAsBytes(node);
	}

	/** The envelope around a log with a configuration. */
	static byte[] envelope(JsonNode log, String configuration) {
		return ("{\"log\": " + JSON.writeValueAsString(log) + ", \"configuration\": " + configuration + "}")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

}
