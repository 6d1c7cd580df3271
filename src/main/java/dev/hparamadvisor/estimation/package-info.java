/**
 * Estimation: peak GPU memory and throughput of a fine-tuning plan, the model and
 * accelerator presets, {@code POST /v1/estimate} and {@code GET /v1/estimate/presets}.
 * <p>
 * The public Java API ({@link MemoryEstimator}, {@link ThroughputEstimator},
 * {@link FitCheck}, {@link ModelPresets}, {@link Gpus}, {@link TrainingPlan}) needs no
 * Spring to construct; the validator and the recommender call it in-process.
 */
@NullMarked
package dev.hparamadvisor.estimation;

import org.jspecify.annotations.NullMarked;
