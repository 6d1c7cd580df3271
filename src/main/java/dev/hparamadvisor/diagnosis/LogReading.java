package dev.hparamadvisor.diagnosis;

import dev.hparamadvisor.RequestProblem;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a diagnose request body: detects the log's format (or takes the one named),
 * streams a JSON document with Jackson's parser, reads line formats one line at a time,
 * and unwraps the optional envelope. The JSON reader here, and only here, accepts
 * Python's {@code NaN}, {@code Infinity} and {@code -Infinity}, which the Trainer writes
 * when a loss diverges.
 */
final class LogReading {

	/** Bytes looked at to tell the formats apart. */
	private static final int SNIFF_BYTES = 64 * 1024;

	private static final Set<String> ENVELOPE = Set.of("log", "configuration", "context");

	private final JsonMapper mapper;

	private final TextLogReader text;

	LogReading(long maxBytes) {
		int maxChars = (int) Math.min(Integer.MAX_VALUE, maxBytes);
		JsonFactory factory = JsonFactory.builder()
			.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(64)
				.maxNumberLength(100)
				.maxStringLength(maxChars)
				.build())
			.build();
		this.mapper = JsonMapper.builder(factory)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.build();
		this.text = new TextLogReader(this.mapper);
	}

	/**
	 * Reads a body.
	 * @param body the request body, read once
	 * @param format the format named by the caller, or null to detect it
	 * @throws UnreadableLog when it is not a log, or over the limit
	 */
	LogRequest read(InputStream body, @Nullable LogFormat format) {
		BufferedInputStream in = new BufferedInputStream(body, SNIFF_BYTES);
		try {
			LogFormat detected = (format != null) ? format : detect(peek(in));
			if (detected != LogFormat.HUGGINGFACE) {
				return new LogRequest(this.text.read(reader(in), detected), null, DiagnosisContext.NONE);
			}
			try (JsonParser parser = this.mapper.createParser(in)) {
				return document(parser, format);
			}
		}
		catch (JacksonIOException ex) {
			// the body could not be read (over the limit, the client went away): not a
			// malformed log, so the web layer answers it
			throw new UncheckedIOException(ex.getCause());
		}
		catch (JacksonException ex) {
			throw UnreadableLog.invalid("",
					"The JSON is malformed or truncated (" + JsonErrors.describe(ex) + "). " + UnreadableLog.EXPECTED);
		}
	}

	private LogRequest document(JsonParser parser, @Nullable LogFormat named) {
		JsonToken first = parser.nextToken();
		if (first == null) {
			throw UnreadableLog.invalid("", "The body is empty. " + UnreadableLog.EXPECTED);
		}
		RunLogBuilder builder = new RunLogBuilder(LogFormat.HUGGINGFACE);
		TrainerStateReader state = new TrainerStateReader(builder);
		if (first == JsonToken.START_ARRAY) {
			state.readLogHistory(parser);
			end(parser);
			return new LogRequest(builder.build(FileFacts.NONE), null, DiagnosisContext.NONE);
		}
		if (first != JsonToken.START_OBJECT) {
			throw UnreadableLog.invalid("", "The body is a single value, not a log. " + UnreadableLog.EXPECTED);
		}
		Envelope envelope = new Envelope();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			switch (name) {
				case "log_history" -> state.readLogHistory(parser);
				case "log" -> envelope.log = log(parser, named);
				case "configuration" -> envelope.configuration = configuration(parser);
				case "context" -> envelope.context = context(parser);
				default -> {
					envelope.others.add(name);
					state.scalar(name, parser);
				}
			}
		}
		end(parser);
		if (envelope.log == null && envelope.configuration == null && envelope.context == null) {
			if (!state.sawLogHistory()) {
				throw UnreadableLog.invalid("", "The object has no log_history. " + UnreadableLog.EXPECTED);
			}
			return new LogRequest(builder.build(state.facts()), null, DiagnosisContext.NONE);
		}
		List<RequestProblem.FieldProblem> errors = new ArrayList<>();
		if (envelope.log == null) {
			errors.add(new RequestProblem.FieldProblem("/log", "must not be null: the run's log"));
		}
		if (state.sawLogHistory()) {
			errors.add(new RequestProblem.FieldProblem("/log_history", "belongs inside log, not beside it"));
		}
		envelope.others.stream()
			.filter((other) -> !ENVELOPE.contains(other))
			.forEach((other) -> errors.add(new RequestProblem.FieldProblem("/" + other,
					"is not a field of the envelope (log, configuration, context)")));
		if (!errors.isEmpty()) {
			throw UnreadableLog.badEnvelope(errors);
		}
		return new LogRequest(envelope.log, envelope.configuration,
				(envelope.context != null) ? envelope.context : DiagnosisContext.NONE);
	}

	private RunLog log(JsonParser parser, @Nullable LogFormat named) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_STRING) {
			String log = parser.getString();
			LogFormat format = (named != null) ? named : detect(log);
			if (format == LogFormat.HUGGINGFACE) {
				try (JsonParser inner = this.mapper.createParser(log)) {
					LogRequest request = document(inner, LogFormat.HUGGINGFACE);
					if (request.configuration() != null) {
						throw UnreadableLog.invalid("/log", "An envelope inside the log's envelope.");
					}
					return request.log();
				}
			}
			return this.text.read(new BufferedReader(new StringReader(log)), format);
		}
		RunLogBuilder builder = new RunLogBuilder(LogFormat.HUGGINGFACE);
		TrainerStateReader state = new TrainerStateReader(builder);
		if (token == JsonToken.START_ARRAY) {
			state.readLogHistory(parser);
			return builder.build(FileFacts.NONE);
		}
		if (token != JsonToken.START_OBJECT) {
			throw UnreadableLog.invalid("/log", "The log is neither a trainer_state object, a log_history list, "
					+ "nor a string holding a log. " + UnreadableLog.EXPECTED);
		}
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			if (name.equals("log_history")) {
				state.readLogHistory(parser);
			}
			else {
				state.scalar(name, parser);
			}
		}
		if (!state.sawLogHistory()) {
			throw UnreadableLog.invalid("/log", "The log object has no log_history. " + UnreadableLog.EXPECTED);
		}
		return builder.build(state.facts());
	}

	private JsonNode configuration(JsonParser parser) {
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw UnreadableLog.badEnvelope(List.of(new RequestProblem.FieldProblem("/configuration",
					"must be an object of hyperparameter names to values, in any dialect")));
		}
		return this.mapper.readTree(parser);
	}

	private DiagnosisContext context(JsonParser parser) {
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw UnreadableLog.badEnvelope(List.of(new RequestProblem.FieldProblem("/context", "must be an object")));
		}
		try {
			return this.mapper.readValue(parser, DiagnosisContext.class);
		}
		catch (JacksonException ex) {
			throw UnreadableLog.badEnvelope(List
				.of(new RequestProblem.FieldProblem(JsonErrors.pointer("/context", ex), JsonErrors.describe(ex))));
		}
	}

	private static void end(JsonParser parser) {
		if (parser.nextToken() != null) {
			throw UnreadableLog.invalid("", "There is more after the JSON document. " + UnreadableLog.EXPECTED);
		}
	}

	/** The first bytes of the body, left to be read again. */
	private static String peek(BufferedInputStream in) {
		try {
			in.mark(SNIFF_BYTES);
			byte[] prefix = in.readNBytes(SNIFF_BYTES);
			in.reset();
			return new String(prefix, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The format the text starts in: JSON that opens with a complete object on its first
	 * line and names no log_history or log is JSON Lines; other JSON is a trainer state
	 * or the envelope; {@code Step n |} is torchtune; a first line with commas is CSV.
	 */
	LogFormat detect(String text) {
		String start = text.startsWith("\uFEFF") ? text.substring(1).stripLeading() : text.stripLeading();
		if (start.isEmpty()) {
			throw UnreadableLog.invalid("", "The log is empty. " + UnreadableLog.EXPECTED);
		}
		int newline = start.indexOf('\n');
		String firstLine = ((newline >= 0) ? start.substring(0, newline) : start).strip();
		if (start.charAt(0) == '{') {
			return isJsonLine(firstLine) ? LogFormat.JSONL : LogFormat.HUGGINGFACE;
		}
		if (start.charAt(0) == '[') {
			return LogFormat.HUGGINGFACE;
		}
		if (firstLine.startsWith("Step ") && firstLine.contains("|")) {
			return LogFormat.TORCHTUNE;
		}
		if (firstLine.contains(",")) {
			return LogFormat.CSV;
		}
		throw UnreadableLog.invalid("", "The log's format is not recognized; it starts with '"
				+ JsonErrors.shorten(firstLine) + "'. " + UnreadableLog.EXPECTED);
	}

	private boolean isJsonLine(String line) {
		try {
			JsonNode node = this.mapper.readTree(line);
			return node.isObject() && !node.has("log_history") && !node.has("log") && !node.has("configuration");
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	private static BufferedReader reader(InputStream in) {
		return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
	}

	private static final class Envelope {

		@Nullable RunLog log;

		@Nullable JsonNode configuration;

		@Nullable DiagnosisContext context;

		final List<String> others = new ArrayList<>();

	}

}
