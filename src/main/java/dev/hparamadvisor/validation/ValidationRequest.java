package dev.hparamadvisor.validation;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The envelope {@code POST /v1/validate} reads: values under any known name, and what is
 * known of the run. A configuration written for another tool may be posted as it is
 * instead.
 *
 * @param hyperparameters canonical ids, aliases of common tools, or companion names, to
 * numbers, strings holding numbers, booleans or choice names
 * @param context facts about the run; every field optional
 */
@Schema(description = "Values and context; alternatively post a tool's configuration as it is (JSON or YAML)")
public record ValidationRequest(@JsonProperty("hyperparameters") @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
		example = "{\"learning_rate\": 2e-4, \"per_device_train_batch_size\": 4, \"warmup_ratio\": 0.03}") Map<String, Object> hyperparameters,
		@JsonProperty("context") @Nullable ValidationContext context) {

}
