package dev.hparamadvisor.diagnosis;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * What the caller knows about the run that the log does not say; every field optional.
 *
 * @param greaterIsBetter whether a larger evaluation metric is better, as Hugging Face's
 * {@code greater_is_better}; by default false for metrics whose name ends in
 * {@code loss}, true for others
 * @param maxSteps the steps the run was planned for, when the log does not record
 * {@code max_steps} (torchtune, JSON Lines and CSV logs do not)
 */
@Schema(description = "Facts about the run the log does not record")
public record DiagnosisContext(
		@JsonProperty("greater_is_better") @Schema(example = "false") @Nullable Boolean greaterIsBetter,
		@JsonProperty("max_steps") @Schema(example = "3800") @Positive @Nullable Long maxSteps) {

	static final DiagnosisContext NONE = new DiagnosisContext(null, null);

}
