package dev.hparamadvisor.dialect;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Small hand-written configurations for tests.
 */
final class Configs {

	private static final ConfigParser PARSER = new ConfigParser();

	private Configs() {
	}

	static ObjectNode yaml(String text) {
		return PARSER.parse(text.getBytes(StandardCharsets.UTF_8), ConfigFormat.YAML);
	}

	static ObjectNode json(String text) {
		return PARSER.parse(text.getBytes(StandardCharsets.UTF_8), ConfigFormat.JSON);
	}

	/** A value as a number, whether written as a number or a string such as "2e-4". */
	static BigDecimal number(JsonNode value) {
		return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString().trim());
	}

	static List<DialectNote.Code> codes(ReadConfiguration read) {
		return read.notes().stream().map(DialectNote::code).toList();
	}

}
