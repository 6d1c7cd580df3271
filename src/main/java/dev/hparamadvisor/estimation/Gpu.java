package dev.hparamadvisor.estimation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An accelerator: its memory, and the peaks the throughput model needs when known.
 *
 * @param id the preset name, e.g. {@code h100-80gb}
 * @param name the product name
 * @param aliases other spellings accepted by {@link Gpus#find(String)}
 * @param memoryGb memory as the vendor states it
 * @param usableGib memory PyTorch can allocate on one GPU
 * @param bf16DenseTflops dense bf16 tensor peak, TFLOP/s, or null when unknown
 * @param memoryBandwidthGbPerS memory bandwidth, GB/s, or null when unknown
 * @param matmulEfficiency fraction of the dense peak that large bf16 GEMMs reach
 * @param source where the figures come from
 */
public record Gpu(String id, String name, List<String> aliases, @JsonProperty("memory_gb") double memoryGb,
		@JsonProperty("usable_gib") double usableGib,
		@JsonProperty("bf16_dense_tflops") @Nullable Double bf16DenseTflops,
		@JsonProperty("memory_bandwidth_gb_s") @Nullable Double memoryBandwidthGbPerS,
		@JsonProperty("matmul_efficiency") double matmulEfficiency, String source) {

	/** Whether the throughput model can run on this GPU. */
	public boolean hasPeaks() {
		return bf16DenseTflops != null && memoryBandwidthGbPerS != null;
	}

}
