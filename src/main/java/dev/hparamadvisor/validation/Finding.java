package dev.hparamadvisor.validation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One thing the validator found about a configuration.
 *
 * @param parameter the canonical id (or companion name) the finding is about
 * @param related other parameters involved
 * @param severity how serious it is
 * @param code a stable code, listed in the OpenAPI description and the README
 * @param message what is wrong and why, in words
 * @param value the value as given (normalized)
 * @param expected what would be acceptable or usual
 * @param suggestion a value to use instead, when there is one
 * @param sources ids of the works that back the finding ({@code GET /v1/sources})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(@JsonProperty("parameter") String parameter, @JsonProperty("related") List<String> related,
		@JsonProperty("severity") Severity severity,
		@JsonProperty("code") @Schema(example = "WARMUP_EXCEEDS_TRAINING") ValidationCodes code,
		@JsonProperty("message") String message, @JsonProperty("value") @Nullable Object value,
		@JsonProperty("expected") @Nullable String expected, @JsonProperty("suggestion") @Nullable Object suggestion,
		@JsonProperty("sources") List<String> sources) {

	public Finding {
		related = List.copyOf(related);
		sources = List.copyOf(sources);
	}

	/** Starts a finding about one parameter, with the code's usual severity. */
	public static Builder of(String parameter, ValidationCodes code) {
		return new Builder(parameter, code.severity(), code);
	}

	/**
	 * Starts a finding whose code escalates to an ERROR when the configuration's tool
	 * refuses the value at start-up.
	 * @param parameter the parameter it is about
	 * @param code a code that {@link ValidationCodes#escalates() escalates}
	 * @param refusedByTool whether the tool refuses it
	 * @return the builder
	 */
	public static Builder of(String parameter, ValidationCodes code, boolean refusedByTool) {
		if (!code.escalates()) {
			throw new IllegalArgumentException(code + " does not escalate");
		}
		return new Builder(parameter, refusedByTool ? Severity.ERROR : code.severity(), code);
	}

	/**
	 * Assembles a finding.
	 */
	public static final class Builder {

		private final String parameter;

		private final Severity severity;

		private final ValidationCodes code;

		private List<String> related = List.of();

		private @Nullable Object value;

		private @Nullable String expected;

		private @Nullable Object suggestion;

		private List<String> sources = List.of();

		private Builder(String parameter, Severity severity, ValidationCodes code) {
			this.parameter = parameter;
			this.severity = severity;
			this.code = code;
		}

		public Builder related(String... related) {
			this.related = List.of(related);
			return this;
		}

		public Builder value(@Nullable Object value) {
			this.value = value;
			return this;
		}

		public Builder expected(@Nullable String expected) {
			this.expected = expected;
			return this;
		}

		public Builder suggestion(@Nullable Object suggestion) {
			this.suggestion = suggestion;
			return this;
		}

		public Builder sources(List<String> sources) {
			this.sources = sources;
			return this;
		}

		public Builder sources(String... sources) {
			this.sources = List.of(sources);
			return this;
		}

		public Finding message(String message) {
			return new Finding(this.parameter, this.related, this.severity, this.code, message, this.value,
					this.expected, this.suggestion, this.sources);
		}

	}

}
