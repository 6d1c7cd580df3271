/**
 * Recommendation: from a scenario (task, method, model, dataset, hardware, priority) to a
 * value for each of the 19 hyperparameters and the companions that matter, each with its
 * reason and evidence, and a training plan sized to the GPU by the estimator;
 * {@code POST /v1/recommend}.
 * <p>
 * {@link Recommender} is plain Java: it needs the catalogue and nothing of Spring, and
 * each request costs a bounded number of memory estimates (docs/RECOMMENDATION.md).
 */
@NullMarked
package dev.hparamadvisor.recommendation;

import org.jspecify.annotations.NullMarked;
