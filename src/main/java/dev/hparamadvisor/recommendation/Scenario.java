package dev.hparamadvisor.recommendation;

import java.util.List;

import dev.hparamadvisor.catalogue.Task;
import dev.hparamadvisor.estimation.Architecture;
import dev.hparamadvisor.estimation.Gpu;
import org.jspecify.annotations.Nullable;

/**
 * A request resolved into facts: the architecture, the context window when known, the GPU
 * memory and count, the GPU that times the plan, and what was assumed on the way.
 *
 * @param task what the model is trained for
 * @param method the method asked for
 * @param priority what matters most
 * @param architecture the model's shape
 * @param model the model in words: a preset id, or how the shape was obtained
 * @param contextWindow the model's context window in tokens, when known
 * @param examples training examples
 * @param avgTokens average tokens per example
 * @param p95Tokens 95th percentile of tokens per example, when known
 * @param gpuMemoryGib usable memory of one GPU
 * @param gpuCount data-parallel GPUs
 * @param gpu the GPU that times the plan, when one is known
 * @param hardware the hardware in words
 * @param assumptions what was assumed beyond the request
 */
public record Scenario(Task task, MethodChoice method, Priority priority, Architecture architecture, String model,
		@Nullable Integer contextWindow, long examples, int avgTokens, @Nullable Integer p95Tokens, double gpuMemoryGib,
		int gpuCount, @Nullable Gpu gpu, String hardware, List<String> assumptions) {

	/** The most data-parallel GPUs a scenario may name. */
	public static final int MAX_GPUS = 1024;

	public Scenario {
		assumptions = List.copyOf(assumptions);
	}

	/** All parameters of the model. */
	public long parameters() {
		return this.architecture.parameters();
	}

	/** Tokens in one pass over the data. */
	public double tokensPerEpoch() {
		return (double) this.examples * this.avgTokens;
	}

	/**
	 * Whether the task is supervised generation (instruction, chat, code, writing,
	 * seq2seq).
	 */
	public boolean generative() {
		return this.task != Task.CLASSIFICATION && this.task != Task.NER && this.task != Task.PREFERENCE;
	}

	/**
	 * Whether the catalogue's encoder-style practice (classification or NER on a model
	 * under 2B parameters) applies.
	 */
	public boolean encoderStyle() {
		return (this.task == Task.CLASSIFICATION || this.task == Task.NER) && parameters() < 2e9;
	}

}
