package dev.hparamadvisor.diagnosis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The best evaluation of the run.
 *
 * @param metric the evaluation metric: {@code metric_for_best_model} when configured,
 * else {@code eval_loss}
 * @param goal {@code minimize} or {@code maximize}, as Hugging Face's
 * {@code greater_is_better}
 * @param step the step of the best value (the first, when it repeats)
 * @param value the best value
 * @param checkpoint the Trainer's name for a checkpoint at that step
 * @param fileCheckpoint {@code best_model_checkpoint} as the file records it
 * @param agreesWithFile whether the file's best checkpoint (or {@code best_global_step})
 * is at the same step; null when the file records neither
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DiagnosisBest")
public record Best(@JsonProperty("metric") @Schema(example = "eval_loss") String metric,
		@JsonProperty("goal") @Schema(allowableValues = {
				"minimize", "maximize" }) String goal,
		@JsonProperty("step") long step, @JsonProperty("value") double value,
		@JsonProperty("checkpoint") @Schema(example = "checkpoint-2400") String checkpoint,
		@JsonProperty("file_checkpoint") @Nullable String fileCheckpoint,
		@JsonProperty("agrees_with_file") @Nullable Boolean agreesWithFile){

}
