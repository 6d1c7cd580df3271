package dev.hparamadvisor.dialect;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * A configuration document as parsed: its tree, with the value written last for a key
 * written twice, and every such key, so that the reader can apply the tool's loader's
 * rule (see {@link KeyLoader}).
 *
 * @param root the configuration object
 * @param repeatedKeys keys written more than once in one object, in document order
 */
public record ConfigDocument(ObjectNode root, List<RepeatedKey> repeatedKeys) {

	public ConfigDocument {
		repeatedKeys = List.copyOf(repeatedKeys);
	}

	/** A document with no key written twice. */
	public static ConfigDocument of(ObjectNode root) {
		return new ConfigDocument(root, List.of());
	}

}
