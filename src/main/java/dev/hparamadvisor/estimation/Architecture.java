package dev.hparamadvisor.estimation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The shape of a Llama-style decoder (RMSNorm, rotary attention with grouped-query heads,
 * SwiGLU MLP), the fields of a Hugging Face {@code config.json}. Validates itself.
 *
 * @param hiddenSize {@code hidden_size}
 * @param numLayers {@code num_hidden_layers}
 * @param numAttentionHeads {@code num_attention_heads}; divides the hidden size
 * @param numKeyValueHeads {@code num_key_value_heads}; divides the attention heads
 * @param intermediateSize {@code intermediate_size} of the gated MLP
 * @param vocabSize {@code vocab_size}
 * @param tieWordEmbeddings whether the LM head shares the embedding matrix
 * @param attentionBias whether q, k and v projections have a bias (Qwen2)
 */
public record Architecture(@JsonProperty("hidden_size") int hiddenSize, @JsonProperty("num_layers") int numLayers,
		@JsonProperty("num_attention_heads") int numAttentionHeads,
		@JsonProperty("num_key_value_heads") int numKeyValueHeads,
		@JsonProperty("intermediate_size") int intermediateSize, @JsonProperty("vocab_size") int vocabSize,
		@JsonProperty("tie_word_embeddings") boolean tieWordEmbeddings,
		@JsonProperty("attention_bias") boolean attentionBias) {

	/**
	 * Upper bounds that keep every count far from overflow; real models are well below.
	 */
	public static final int MAX_HIDDEN = 131_072, MAX_LAYERS = 16_384, MAX_INTERMEDIATE = 1_048_576,
			MAX_VOCAB = 4_194_304;

	public Architecture {
		requireRange("hidden_size", hiddenSize, MAX_HIDDEN);
		requireRange("num_layers", numLayers, MAX_LAYERS);
		requireRange("num_attention_heads", numAttentionHeads, hiddenSize);
		requireRange("num_key_value_heads", numKeyValueHeads, numAttentionHeads);
		requireRange("intermediate_size", intermediateSize, MAX_INTERMEDIATE);
		requireRange("vocab_size", vocabSize, MAX_VOCAB);
		if (hiddenSize % numAttentionHeads != 0) {
			throw new IllegalArgumentException(
					"num_attention_heads (" + numAttentionHeads + ") does not divide hidden_size (" + hiddenSize + ")");
		}
		if (numAttentionHeads % numKeyValueHeads != 0) {
			throw new IllegalArgumentException("num_key_value_heads (" + numKeyValueHeads
					+ ") does not divide num_attention_heads (" + numAttentionHeads + ")");
		}
	}

	/** A Llama-style architecture without attention bias. */
	public Architecture(int hiddenSize, int numLayers, int numAttentionHeads, int numKeyValueHeads,
			int intermediateSize, int vocabSize, boolean tieWordEmbeddings) {
		this(hiddenSize, numLayers, numAttentionHeads, numKeyValueHeads, intermediateSize, vocabSize, tieWordEmbeddings,
				false);
	}

	/** Width of the key (and value) projection: head size times key-value heads. */
	public long keyValueSize() {
		return (long) hiddenSize / numAttentionHeads * numKeyValueHeads;
	}

	/** Weights of the seven projections of one block. */
	public long linearParametersPerLayer() {
		long h = hiddenSize;
		return 2 * h * h + 2 * h * keyValueSize() + 3 * h * intermediateSize;
	}

	/** All parameters of one block: projections, their biases, two RMSNorm weights. */
	public long parametersPerLayer() {
		long bias = attentionBias ? hiddenSize + 2 * keyValueSize() : 0;
		return linearParametersPerLayer() + bias + 2L * hiddenSize;
	}

	/** Elements of the embedding matrix, and of the LM head when untied. */
	public long embeddingParameters() {
		return (long) vocabSize * hiddenSize;
	}

	/** Every parameter: embeddings, blocks, final norm, LM head when untied. */
	public long parameters() {
		long embeddings = embeddingParameters() * (tieWordEmbeddings ? 1 : 2);
		return embeddings + numLayers * parametersPerLayer() + hiddenSize;
	}

	/**
	 * An architecture of about {@code parameters} parameters, for requests that give only
	 * the size: see {@link ArchitectureInference}.
	 */
	public static InferredArchitecture infer(long parameters) {
		return ArchitectureInference.infer(parameters);
	}

	private static void requireRange(String field, long value, long max) {
		if (value < 1 || value > max) {
			throw new IllegalArgumentException(field + " must be between 1 and " + max + ", was " + value);
		}
	}

}
