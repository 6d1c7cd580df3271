package dev.hparamadvisor.diagnosis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One thing the diagnosis found in a run's log.
 *
 * @param code a stable code, listed in the OpenAPI description and docs/DIAGNOSIS.md
 * @param severity how serious it is; always the code's severity
 * @param steps the optimizer steps it is about
 * @param message what happened and why it matters, in words
 * @param evidence the numbers behind it, by name
 * @param suggestions hyperparameter changes that address it, possibly none
 * @param sources ids of the works behind the rule ({@code GET /v1/sources})
 */
@Schema(name = "DiagnosisFinding")
public record Finding(@JsonProperty("code") @Schema(example = "OVERFITTING") DiagnosisCodes code,
		@JsonProperty("severity") Severity severity, @JsonProperty("steps") StepRange steps,
		@JsonProperty("message") String message, @JsonProperty("evidence") Map<String, Number> evidence,
		@JsonProperty("suggestions") List<Suggestion> suggestions, @JsonProperty("sources") List<String> sources) {

	public Finding {
		evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
		suggestions = List.copyOf(suggestions);
		sources = List.copyOf(sources);
	}

	/** Starts a finding with the code's severity and sources. */
	public static Builder of(DiagnosisCodes code, StepRange steps) {
		return new Builder(code, steps);
	}

	/**
	 * Assembles a finding.
	 */
	public static final class Builder {

		private final DiagnosisCodes code;

		private final StepRange steps;

		private final Map<String, Number> evidence = new LinkedHashMap<>();

		private final List<Suggestion> suggestions = new ArrayList<>();

		private Builder(DiagnosisCodes code, StepRange steps) {
			this.code = code;
			this.steps = steps;
		}

		/**
		 * A number behind the finding; rounded to 4 significant digits when fractional.
		 */
		public Builder evidence(String name, Number value) {
			this.evidence.put(name, (value instanceof Double d) ? Numbers.round(d) : value);
			return this;
		}

		public Builder suggest(String parameter, Object value, String reason) {
			this.suggestions.add(new Suggestion(parameter, value, reason));
			return this;
		}

		public Finding message(String message) {
			return new Finding(this.code, this.code.severity(), this.steps, message, this.evidence, this.suggestions,
					this.code.sources());
		}

	}

}
