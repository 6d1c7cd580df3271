package dev.hparamadvisor.diagnosis;

import org.jspecify.annotations.Nullable;

/**
 * What a {@code trainer_state.json} records beside its log, every field absent in other
 * formats and in older files.
 *
 * @param globalStep {@code global_step}
 * @param maxSteps {@code max_steps}
 * @param loggingSteps {@code logging_steps}
 * @param evalSteps {@code eval_steps}
 * @param saveSteps {@code save_steps}
 * @param trainBatchSize {@code train_batch_size}
 * @param numTrainEpochs {@code num_train_epochs}
 * @param bestMetric {@code best_metric}
 * @param bestModelCheckpoint {@code best_model_checkpoint}, as written
 * @param bestGlobalStep {@code best_global_step}
 */
record FileFacts(@Nullable Double globalStep, @Nullable Double maxSteps, @Nullable Double loggingSteps,
		@Nullable Double evalSteps, @Nullable Double saveSteps, @Nullable Double trainBatchSize,
		@Nullable Double numTrainEpochs, @Nullable Double bestMetric, @Nullable String bestModelCheckpoint,
		@Nullable Double bestGlobalStep) {

	static final FileFacts NONE = new FileFacts(null, null, null, null, null, null, null, null, null, null);

	/** The step a checkpoint directory name ends with ({@code ./out/checkpoint-2400}). */
	static @Nullable Long checkpointStep(@Nullable String checkpoint) {
		if (checkpoint == null) {
			return null;
		}
		int at = checkpoint.lastIndexOf("checkpoint-");
		if (at < 0) {
			return null;
		}
		int start = at + "checkpoint-".length();
		int end = start;
		while (end < checkpoint.length() && Character.isDigit(checkpoint.charAt(end)) && end - start < 18) {
			end++;
		}
		return (end > start) ? Long.parseLong(checkpoint.substring(start, end)) : null;
	}

}
