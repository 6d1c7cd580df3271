package dev.hparamadvisor.estimation;

/**
 * Estimated speed of one optimizer step without gradient accumulation.
 *
 * @param tokensPerSecond tokens per second over all GPUs
 * @param stepSeconds seconds per micro-batch step on each GPU
 * @param tokensPerStep tokens of one step over all GPUs
 * @param flopsPerToken training FLOPs per token (forward, backward, recomputation)
 * @param modelFlopsUtilization achieved FLOP/s over the dense bf16 peak
 * @param assumption what the figure assumes, in words
 */
public record Throughput(double tokensPerSecond, double stepSeconds, long tokensPerStep, double flopsPerToken,
		double modelFlopsUtilization, String assumption) {
}
