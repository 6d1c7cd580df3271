package dev.hparamadvisor.diagnosis;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A hyperparameter change that addresses a finding.
 *
 * @param parameter the canonical id (as {@code GET /v1/parameters} lists it) or companion
 * name
 * @param value the value to use
 * @param reason why, in words, with the numbers behind it
 */
@Schema(name = "DiagnosisSuggestion")
public record Suggestion(@JsonProperty("parameter") @Schema(example = "learning_rate") String parameter,
		@JsonProperty("value") @Schema(example = "1.0e-4") Object value, @JsonProperty("reason") String reason) {

}
