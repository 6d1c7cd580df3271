package dev.hparamadvisor.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * @param context what is known of the run
 * @param dialect the tool named in the request
 * @param expect the finding that must be reported
 * @param absent findings that must not be reported
 */
record ValidationCase(String name, Map<String, JsonNode> values, @Nullable ValidationContext context,
		@Nullable String dialect, @Nullable Expected expect, @Nullable List<Expected> absent) {

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
		return Configurations.VALIDATOR.validate(this.values,
				(this.context != null) ? this.context : ValidationContext.EMPTY, this.dialect);
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
