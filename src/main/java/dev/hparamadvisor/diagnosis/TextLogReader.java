package dev.hparamadvisor.diagnosis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the line formats one line at a time: torchtune's metric lines, JSON Lines and
 * CSV. A line that is not in the format is counted and skipped; the log is unreadable
 * only when no line yields a point.
 */
final class TextLogReader {

	private final JsonMapper mapper;

	TextLogReader(JsonMapper mapper) {
		this.mapper = mapper;
	}

	RunLog read(BufferedReader lines, LogFormat format) {
		RunLogBuilder builder = new RunLogBuilder(format);
		try {
			switch (format) {
				case TORCHTUNE -> torchtune(lines, builder);
				case JSONL -> jsonLines(lines, builder);
				case CSV -> csv(lines, builder);
				default -> throw new IllegalArgumentException(format + " is not a line format");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return builder.build(FileFacts.NONE);
	}

	/**
	 * torchtune's DiskLogger writes {@code Step <n> | name:value name:value } with
	 * Python's {@code str} of each value ({@code 2e-05}, {@code nan}, {@code inf}).
	 */
	private void torchtune(BufferedReader lines, RunLogBuilder builder) throws IOException {
		Map<String, Double> values = new HashMap<>();
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			String text = line.strip();
			if (text.isEmpty()) {
				continue;
			}
			int bar = text.indexOf('|');
			if (!text.startsWith("Step ") || bar < 0) {
				builder.unreadable("unreadable_lines");
				continue;
			}
			values.clear();
			Double step = number(text.substring(5, bar).strip());
			if (step != null) {
				values.put("step", step);
			}
			for (String pair : text.substring(bar + 1).strip().split("\\s+")) {
				int colon = pair.indexOf(':');
				if (colon > 0) {
					put(values, pair.substring(0, colon), pair.substring(colon + 1));
				}
			}
			builder.accept(values);
		}
	}

	private void jsonLines(BufferedReader lines, RunLogBuilder builder) throws IOException {
		Map<String, Double> values = new HashMap<>();
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode node;
			try {
				node = this.mapper.readTree(line);
			}
			catch (JacksonException ex) {
				builder.unreadable("unreadable_lines");
				continue;
			}
			if (!node.isObject()) {
				builder.unreadable("not_an_object");
				continue;
			}
			values.clear();
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				JsonNode value = property.getValue();
				if (value.isNumber()) {
					values.put(name(property.getKey()), value.doubleValue());
				}
				else if (value.isString()) {
					put(values, property.getKey(), value.asString());
				}
			}
			builder.accept(values);
		}
	}

	private void csv(BufferedReader lines, RunLogBuilder builder) throws IOException {
		String header = lines.readLine();
		while (header != null && header.isBlank()) {
			header = lines.readLine();
		}
		List<String> columns = new ArrayList<>();
		for (String column : (header != null) ? header.split(",", -1) : new String[0]) {
			String name = unquote(column).toLowerCase(Locale.ROOT);
			columns.add(name.equals("global_step") ? "step" : name);
		}
		if (!columns.contains("step")) {
			throw UnreadableLog.invalid("",
					"The CSV header names no step column (step or global_step). " + UnreadableLog.EXPECTED);
		}
		Map<String, Double> values = new HashMap<>();
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			if (line.isBlank()) {
				continue;
			}
			String[] cells = line.split(",", -1);
			if (cells.length != columns.size()) {
				builder.unreadable("wrong_cell_count");
				continue;
			}
			values.clear();
			for (int i = 0; i < cells.length; i++) {
				put(values, columns.get(i), unquote(cells[i]));
			}
			builder.accept(values);
		}
	}

	private static void put(Map<String, Double> values, String name, String text) {
		Double value = number(text);
		if (value != null) {
			values.put(name(name), value);
		}
	}

	/**
	 * Validation metrics under the Trainer's prefix, so every format names them alike.
	 */
	private static String name(String name) {
		if (name.startsWith("val_")) {
			return "eval_" + name.substring(4);
		}
		if (name.startsWith("validation_")) {
			return "eval_" + name.substring(11);
		}
		return name;
	}

	/** A number as Python or a CSV writer prints it; null for anything else. */
	static @Nullable Double number(String text) {
		String value = text.strip();
		if (value.startsWith("tensor(") && value.endsWith(")")) {
			value = value.substring(7, value.length() - 1);
			int comma = value.indexOf(',');
			value = (comma >= 0) ? value.substring(0, comma).strip() : value;
		}
		switch (value.toLowerCase(Locale.ROOT)) {
			case "nan", "-nan" -> {
				return Double.NaN;
			}
			case "inf", "infinity", "+inf" -> {
				return Double.POSITIVE_INFINITY;
			}
			case "-inf", "-infinity" -> {
				return Double.NEGATIVE_INFINITY;
			}
			default -> {
			}
		}
		if (value.isEmpty() || value.length() > 40 || !value.matches("[+-]?[0-9.]+([eE][+-]?[0-9]+)?")) {
			return null;
		}
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String unquote(String cell) {
		String value = cell.strip();
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			value = value.substring(1, value.length() - 1);
		}
		return value;
	}

}
