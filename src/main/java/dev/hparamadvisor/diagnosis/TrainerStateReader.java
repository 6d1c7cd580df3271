package dev.hparamadvisor.diagnosis;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Streams a Hugging Face {@code trainer_state.json}, or its {@code log_history} array
 * alone, from a parser: one entry at a time into a {@link RunLogBuilder}, the file's
 * scalars into {@link FileFacts}. Nothing but the current entry is held.
 */
final class TrainerStateReader {

	private final RunLogBuilder builder;

	private final Map<String, Double> entry = new HashMap<>();

	private final Map<String, Double> scalars = new HashMap<>();

	private @Nullable String bestModelCheckpoint;

	private boolean sawLogHistory;

	TrainerStateReader(RunLogBuilder builder) {
		this.builder = builder;
	}

	/**
	 * Reads the value of one other key of a trainer state, the parser on the value's
	 * first token: numbers and {@code best_model_checkpoint} are kept, the rest skipped.
	 */
	void scalar(String name, JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (name.equals("best_model_checkpoint") && token == JsonToken.VALUE_STRING) {
			this.bestModelCheckpoint = parser.getString();
		}
		else if (token.isNumeric()) {
			this.scalars.put(name, parser.getDoubleValue());
		}
		else {
			parser.skipChildren();
		}
	}

	/** Reads a {@code log_history} array, the parser on its START_ARRAY. */
	void readLogHistory(JsonParser parser) {
		this.sawLogHistory = true;
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
			if (token == null) {
				throw UnreadableLog.invalid("/log_history", "The log ends inside log_history: truncated.");
			}
			if (token != JsonToken.START_OBJECT) {
				parser.skipChildren();
				this.builder.unreadable("not_an_object");
				continue;
			}
			this.entry.clear();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String key = parser.currentName();
				JsonToken value = parser.nextToken();
				if (value.isNumeric()) {
					this.entry.put(key, parser.getDoubleValue());
				}
				else {
					parser.skipChildren();
				}
			}
			this.builder.accept(this.entry);
		}
	}

	boolean sawLogHistory() {
		return this.sawLogHistory;
	}

	FileFacts facts() {
		if (this.scalars.isEmpty() && this.bestModelCheckpoint == null) {
			return FileFacts.NONE;
		}
		return new FileFacts(this.scalars.get("global_step"), this.scalars.get("max_steps"),
				this.scalars.get("logging_steps"), this.scalars.get("eval_steps"), this.scalars.get("save_steps"),
				this.scalars.get("train_batch_size"), this.scalars.get("num_train_epochs"),
				this.scalars.get("best_metric"), this.bestModelCheckpoint, this.scalars.get("best_global_step"));
	}

}
