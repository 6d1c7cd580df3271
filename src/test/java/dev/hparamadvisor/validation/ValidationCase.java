package dev.hparamadvisor.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.dialect.ConfigDocument;
import dev.hparamadvisor.dialect.ConfigFormat;
import dev.hparamadvisor.dialect.ConfigParser;
import dev.hparamadvisor.dialect.Dialect;
import dev.hparamadvisor.dialect.DialectReader;
import dev.hparamadvisor.dialect.ReadConfiguration;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A configuration, its context and dialect, and what the validator must (or must not)
 * find in it: one row of the YAML tables under {@code src/test/resources/validation}.
 *
 * @param name what the row is, and where its figures come from
 * @param values the configuration, under canonical names or aliases
 * @param document instead of {@code values}, a configuration file as a tool reads it
 * (YAML text, which may write a key twice), read in {@code dialect}
 * @param context what is known of the run
 * @param dialect the tool named in the request
 * @param expect the finding that must be reported
 * @param absent findings that must not be reported
 */
record ValidationCase(String name, @Nullable Map<String, JsonNode> values, @Nullable String document,
		@Nullable ValidationContext context, @Nullable String dialect, @Nullable Expected expect,
		@Nullable List<Expected> absent) {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	static List<ValidationCase> load(String resource) {
		try (InputStream in = ValidationCase.class.getResourceAsStream("/validation/" + resource)) {
			Objects.requireNonNull(in, resource);
			return YAML.readValue(in, new TypeReference<List<ValidationCase>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	ValidationReport validate() {
		return Configurations.VALIDATOR.validate(read(),
				(this.context != null) ? this.context : ValidationContext.EMPTY, this.dialect);
	}

	/** What the reader makes of the row: its values by name, or its document. */
	ReadConfiguration read() {
		if (this.document != null) {
			ConfigDocument parsed = new ConfigParser().read(this.document.getBytes(StandardCharsets.UTF_8),
					ConfigFormat.YAML);
			Dialect named = (this.dialect != null) ? Dialect.fromName(this.dialect).orElseThrow() : null;
			return new DialectReader(BundledCatalogue.get()).read(parsed.root(), named, parsed.repeatedKeys());
		}
		return Configurations.READER.readNames(Objects.requireNonNull(this.values, this.name));
	}

	List<Expected> mustNotFind() {
		return (this.absent != null) ? this.absent : List.of();
	}

	@Override
	public String toString() {
		return this.name;
	}

	/**
	 * A finding to look for; absent fields match anything.
	 *
	 * @param parameter the parameter it is about
	 * @param severity its severity
	 * @param code its code
	 * @param suggestion the value it suggests
	 * @param related parameters it must name as related
	 */
	record Expected(@Nullable String parameter, @Nullable Severity severity, @Nullable String code,
			@Nullable JsonNode suggestion, @Nullable List<String> related) {

		boolean matches(Finding finding) {
			return (this.parameter == null || this.parameter.equals(finding.parameter()))
					&& (this.severity == null || this.severity == finding.severity())
					&& (this.code == null || this.code.equals(finding.code().name()));
		}

		boolean suggests(@Nullable Object suggestion) {
			if (this.suggestion == null) {
				return true;
			}
			if (this.suggestion.isNumber()) {
				return suggestion instanceof Number number && number.doubleValue() == this.suggestion.asDouble();
			}
			return this.suggestion.asString().equals(suggestion);
		}

		boolean relates(List<String> related) {
			return this.related == null || related.containsAll(this.related);
		}

		@Override
		public String toString() {
			return this.parameter + " " + this.severity + " " + this.code
					+ ((this.suggestion != null) ? " suggesting " + this.suggestion : "")
					+ ((this.related != null) ? " related to " + this.related : "");
		}

	}

}
