package dev.hparamadvisor.studies;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON the study tables hold (a design, a trial's parameters), written and read with
 * a mapper of their own: the strict request settings of the API must not decide whether
 * stored data can be read back.
 */
final class StudyJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	private StudyJson() {
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	static StudyDesign design(String json) {
		return MAPPER.readValue(json, StudyDesign.class);
	}

	static Map<String, Object> map(String json) {
		return MAPPER.readValue(json, MAP);
	}

}
