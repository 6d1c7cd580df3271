package dev.hparamadvisor.estimation;

import java.util.List;

/**
 * The answer of {@code GET /v1/estimate/presets}.
 *
 * @param models the model presets, with architecture, parameter count and source
 * @param gpus the accelerators, with memory, peaks and source
 */
public record PresetsResponse(List<ModelPreset> models, List<Gpu> gpus) {
}
