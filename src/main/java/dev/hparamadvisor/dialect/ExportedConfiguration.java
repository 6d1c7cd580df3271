package dev.hparamadvisor.dialect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A configuration written in a tool's own names and shape.
 *
 * @param dialect the tool
 * @param document the configuration, keys in the order given (serialize it as JSON or
 * YAML)
 * @param written vocabulary id to the value exported for it; reading {@code document}
 * back with {@link DialectReader} in {@code dialect} gives these values under these names
 * @param unsupported names given that the tool has no key for, or that were left out or
 * folded into another value (see {@code notes})
 * @param notes conversions and omissions, each with its reason
 */
public record ExportedConfiguration(@JsonProperty("dialect") Dialect dialect,
		@JsonProperty("document") ObjectNode document, @JsonProperty("written") Map<String, JsonNode> written,
		@JsonProperty("unsupported") List<String> unsupported, @JsonProperty("notes") List<DialectNote> notes) {

	public ExportedConfiguration {
		written = Collections.unmodifiableMap(new LinkedHashMap<>(written));
		unsupported = List.copyOf(unsupported);
		notes = List.copyOf(notes);
	}

}
