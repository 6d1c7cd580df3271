package dev.hparamadvisor.dialect;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A key written more than once in one object of a document ({@code learning_rate} on two
 * lines). Which value counts is the tool's loader's to say: PyYAML's {@code safe_load}
 * and Python's {@code json} keep the last, OmegaConf refuses the file (see
 * {@link KeyLoader}).
 *
 * @param path the key path (dot-separated, list items as {@code [i]})
 * @param values every value written for it, in document order; the last is in the tree
 * @param line the line of the last occurrence, when the syntax has lines
 */
public record RepeatedKey(@JsonProperty("path") String path, @JsonProperty("values") List<JsonNode> values,
		@JsonProperty("line") @Nullable Integer line) {

	public RepeatedKey {
		values = List.copyOf(values);
	}

	/** The value a loader that keeps the last one reads. */
	public JsonNode last() {
		return this.values.get(this.values.size() - 1);
	}

	/** The same key with one more value, written at a later line. */
	RepeatedKey with(JsonNode value, @Nullable Integer at) {
		List<JsonNode> more = new ArrayList<>(this.values);
		more.add(value);
		return new RepeatedKey(this.path, more, (at != null) ? at : this.line);
	}

	/** The same key under another path (the envelope's {@code hyperparameters.} off). */
	RepeatedKey at(String other) {
		return new RepeatedKey(other, this.values, this.line);
	}

}
