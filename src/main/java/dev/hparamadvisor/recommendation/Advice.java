package dev.hparamadvisor.recommendation;

import java.util.List;

/**
 * One value a rule chose, why, and the catalogue sources behind it.
 *
 * @param id canonical id or companion name
 * @param value a number, boolean or choice name
 * @param rationale why, in words specific to the scenario
 * @param sources catalogue source ids
 */
record Advice(String id, Object value, String rationale, List<String> sources) {

	Advice {
		sources = List.copyOf(sources);
	}

	static Advice of(String id, Object value, String rationale, String... sources) {
		return new Advice(id, value, rationale, List.of(sources));
	}

}
