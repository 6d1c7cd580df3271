package dev.hparamadvisor.catalogue;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Turns a position in the catalogue document into words: which entry, which field.
 */
final class CataloguePath {

	private CataloguePath() {
	}

	static String describe(List<JacksonException.Reference> path, JsonNode tree) {
		StringBuilder field = new StringBuilder();
		String entry = null;
		String kind = "entry";
		JsonNode node = tree;
		for (int i = 0; i < path.size(); i++) {
			JacksonException.Reference ref = path.get(i);
			String name = ref.getPropertyName();
			if (name != null) {
				if (!field.isEmpty()) {
					field.append('.');
				}
				field.append(name);
				node = (node != null) ? node.get(name) : null;
			}
			else if (ref.getIndex() >= 0) {
				field.append('[').append(ref.getIndex()).append(']');
				node = (node != null) ? node.get(ref.getIndex()) : null;
				String section = path.get(0).getPropertyName();
				boolean item = "parameters".equals(section) || "companions".equals(section);
				if (i == 1 && item && node != null && node.hasNonNull("id")) {
					entry = node.get("id").asString();
					kind = "parameters".equals(section) ? "entry" : "companion";
				}
			}
		}
		return ((entry != null) ? kind + " '" + entry + "', " : "") + "field '" + field + "'";
	}

}
