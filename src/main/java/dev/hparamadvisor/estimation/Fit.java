package dev.hparamadvisor.estimation;

/**
 * Whether a plan fits on its GPU, and the margin that decided it.
 *
 * @param fits whether {@code requiredWithMarginGib} is at most {@code gpuMemoryGib}
 * @param gpuMemoryGib usable memory of one GPU
 * @param requiredWithMarginGib the peak plus the allocator's and CUDA's margins
 * @param margin the margin in words, with its numbers
 */
public record Fit(boolean fits, double gpuMemoryGib, double requiredWithMarginGib, String margin) {
}
