package dev.hparamadvisor.dialect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

import dev.hparamadvisor.dialect.UnreadableConfiguration.Problem;

/**
 * Parses a configuration document, JSON or YAML, into a tree, within explicit
 * {@link ParserLimits}: depth, string and number length, aliases, values and keys are
 * checked while parsing, so a hostile document fails fast. Its size is the caller's to
 * bound: the service refuses a body over its limit before it reaches the parser.
 * {@link #parse} rejects a key written twice in one object; {@link #read} keeps the value
 * written last, as PyYAML's {@code safe_load} and Python's {@code json} do, and records
 * each such key, for the reader to apply the tool's own rule. An empty YAML value
 * ({@code lora_r:}) is {@code null}, as YAML defines it. Stateless and thread-safe.
 */
public class ConfigParser {

	private final ParserLimits limits;

	private final JsonMapper json;

	private final YAMLMapper yaml;

	/** The same YAML syntax, with keys written twice left to {@link TreeBuilder}. */
	private final YAMLMapper yamlRepeating;

	/**
	 * A parser with {@link ParserLimits#DEFAULTS}.
	 */
	public ConfigParser() {
		this(ParserLimits.DEFAULTS);
	}

	/**
	 * A parser with the given limits.
	 * @param limits the limits
	 */
	public ConfigParser(ParserLimits limits) {
		this.limits = limits;
		StreamReadConstraints constraints = StreamReadConstraints.builder()
			.maxNestingDepth(limits.maxNestingDepth() + 1)
			.maxStringLength(limits.maxStringLength() + 1)
			.maxNameLength(limits.maxStringLength() + 1)
			.maxNumberLength(limits.maxNumberLength())
			.build();
		this.json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build()).build();
		this.yaml = yamlMapper(limits, constraints, false);
		this.yamlRepeating = yamlMapper(limits, constraints, true);
	}

	private static YAMLMapper yamlMapper(ParserLimits limits, StreamReadConstraints constraints,
			boolean allowDuplicateKeys) {
		LoadSettings settings = LoadSettings.builder()
			// the caller bounds the document; SnakeYAML's own 3 MB default would be a
			// second,
			// different size limit
			.setCodePointLimit(Integer.MAX_VALUE)
			.setMaxAliasesForCollections(limits.maxAliases())
			.setAllowDuplicateKeys(allowDuplicateKeys)
			.setAllowRecursiveKeys(false)
			.build();
		return YAMLMapper
			.builder(YAMLFactory.builder()
				.loadSettings(settings)
				.enable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
				.streamReadConstraints(constraints)
				.build())
			.build();
	}

	/**
	 * Parses a document in a known format.
	 * @param document the bytes as received (UTF-8, or UTF-16/32 with a byte-order mark)
	 * @param format the syntax
	 * @return the configuration object
	 * @throws UnreadableConfiguration when the document is not a single object in that
	 * syntax, or is over a limit
	 */
	public ObjectNode parse(byte[] document, ConfigFormat format) {
		return build(document, format, null);
	}

	/**
	 * Reads a document in a known format as the tools' Python loaders do: a key written
	 * twice in one object keeps the value written last, and is recorded.
	 * @param document the bytes as received (UTF-8, or UTF-16/32 with a byte-order mark)
	 * @param format the syntax
	 * @return the configuration object and its repeated keys
	 * @throws UnreadableConfiguration when the document is not a single object in that
	 * syntax, or is over a limit
	 */
	public ConfigDocument read(byte[] document, ConfigFormat format) {
		List<RepeatedKey> repeated = new ArrayList<>();
		ObjectNode root = build(document, format, repeated);
		return new ConfigDocument(root, repeated);
	}

	private ObjectNode build(byte[] document, ConfigFormat format, @Nullable List<RepeatedKey> repeated) {
		YAMLMapper yamlMapper = (repeated != null) ? this.yamlRepeating : this.yaml;
		try (JsonParser parser = (format == ConfigFormat.JSON) ? this.json.createParser(document)
				: yamlMapper.createParser(document)) {
			return new TreeBuilder(parser, this.limits, repeated).build();
		}
		catch (StreamConstraintsException ex) {
			throw constraint(ex);
		}
		catch (JacksonException ex) {
			if (String.valueOf(ex.getOriginalMessage()).startsWith("Duplicate Object property")) {
				throw new UnreadableConfiguration(Problem.DUPLICATE_KEY,
						"A key appears twice in one object: " + clean(ex), line(ex), column(ex));
			}
			throw new UnreadableConfiguration(Problem.SYNTAX, "Not valid " + format + ": " + clean(ex), line(ex),
					column(ex));
		}
		catch (YamlEngineException ex) {
			throw new UnreadableConfiguration(Problem.SYNTAX,
					"Not valid YAML: " + withoutClassNames(String.valueOf(ex.getMessage())));
		}
	}

	/**
	 * Parses a document whose format is not given: JSON when it starts with
	 * <code>{</code> and parses as JSON, YAML otherwise.
	 * @param document the bytes as received
	 * @return the configuration object
	 * @throws UnreadableConfiguration when the document is not a single object in JSON or
	 * YAML, or is over a limit
	 */
	public ObjectNode parse(byte[] document) {
		String start = new String(document, 0, Math.min(document.length, 64), StandardCharsets.UTF_8).strip();
		if (start.startsWith("{")) {
			try {
				return parse(document, ConfigFormat.JSON);
			}
			catch (UnreadableConfiguration ex) {
				if (ex.problem() != Problem.SYNTAX) {
					throw ex;
				}
			}
		}
		return parse(document, ConfigFormat.YAML);
	}

	private UnreadableConfiguration constraint(StreamConstraintsException ex) {
		String message = String.valueOf(ex.getOriginalMessage());
		if (message.contains("nesting depth")) {
			return new UnreadableConfiguration(Problem.TOO_DEEP,
					"Nested deeper than " + this.limits.maxNestingDepth() + " levels", line(ex), column(ex));
		}
		if (message.contains("Number value length")) {
			return new UnreadableConfiguration(Problem.NUMBER_TOO_LONG, "A number has too many digits", line(ex),
					column(ex));
		}
		return new UnreadableConfiguration(Problem.STRING_TOO_LONG,
				"A string or key is longer than " + this.limits.maxStringLength() + " characters", line(ex),
				column(ex));
	}

	private static String clean(JacksonException ex) {
		String message = String.valueOf(ex.getOriginalMessage());
		return withoutClassNames(message);
	}

	/**
	 * A parser message without Java class names (a wrapped
	 * {@code java.io.CharConversionException:}, a {@code tools.jackson...} type), which
	 * mean nothing to the caller.
	 */
	static String withoutClassNames(String message) {
		return message.replaceAll("`?(tools\\.jackson|java|javax|jdk|org\\.snakeyaml)\\.[\\w.$]+(: )?`?", "")
			.replaceAll("\\s+", " ")
			.trim();
	}

	private static @Nullable Integer line(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		return (location != null && location.getLineNr() > 0) ? location.getLineNr() : null;
	}

	private static @Nullable Integer column(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		return (location != null && location.getLineNr() > 0) ? location.getColumnNr() : null;
	}

}
