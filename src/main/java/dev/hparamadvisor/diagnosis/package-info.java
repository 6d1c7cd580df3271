/**
 * Diagnosis of a training run from its log: reading Hugging Face
 * {@code trainer_state.json}, torchtune metric logs, JSON Lines and CSV; finding what
 * went wrong, where, and which hyperparameter to change; {@code POST /v1/diagnose} as
 * JSON or as an SVG chart.
 */
@NullMarked
package dev.hparamadvisor.diagnosis;

import org.jspecify.annotations.NullMarked;
