package dev.hparamadvisor.estimation;

import java.util.List;
import java.util.Locale;

/**
 * Infers a Llama-style shape from a parameter count: takes the published model whose size
 * is nearest on a log scale and changes only its number of layers so that the count
 * matches. Width, heads, MLP ratio and vocabulary stay those of a real model, which keeps
 * the activation and logits terms realistic (the research notes' rule R0 suggests the
 * same lookup of common sizes).
 */
final class ArchitectureInference {

	private record Reference(String name, Architecture shape) {
	}

	// Figures from each model's config.json on the Hugging Face hub, named by repo id;
	// the smallest is the 134M Llama of this repository's H200 measurements.
	private static final List<Reference> REFERENCES = List.of(
			new Reference("llama-134m (shared/data/gpu-memory-h200.jsonl)",
					new Architecture(768, 12, 12, 12, 2048, 32000, false)),
			new Reference("TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T",
					new Architecture(2048, 22, 32, 4, 5632, 32000, false)),
			new Reference("meta-llama/Llama-3.2-3B", new Architecture(3072, 28, 24, 8, 8192, 128256, true)),
			new Reference("meta-llama/Llama-3.1-8B", new Architecture(4096, 32, 32, 8, 14336, 128256, false)),
			new Reference("Qwen/Qwen2.5-14B", new Architecture(5120, 48, 40, 8, 13824, 152064, false)),
			new Reference("Qwen/Qwen2.5-32B", new Architecture(5120, 64, 40, 8, 27648, 152064, false)),
			new Reference("meta-llama/Llama-3.1-70B", new Architecture(8192, 80, 64, 8, 28672, 128256, false)),
			new Reference("meta-llama/Llama-3.1-405B", new Architecture(16384, 126, 128, 8, 53248, 128256, false)));

	private ArchitectureInference() {
	}

	static InferredArchitecture infer(long parameters) {
		if (parameters < 1) {
			throw new IllegalArgumentException("parameters must be positive, was " + parameters);
		}
		Reference best = REFERENCES.get(0);
		for (Reference r : REFERENCES) {
			if (distance(r, parameters) < distance(best, parameters)) {
				best = r;
			}
		}
		Architecture s = best.shape();
		long outside = s.parameters() - (long) s.numLayers() * s.parametersPerLayer();
		long layers = Math.round((double) (parameters - outside) / s.parametersPerLayer());
		int clamped = (int) Math.max(1, Math.min(Architecture.MAX_LAYERS, layers));
		Architecture a = new Architecture(s.hiddenSize(), clamped, s.numAttentionHeads(), s.numKeyValueHeads(),
				s.intermediateSize(), s.vocabSize(), s.tieWordEmbeddings());
		String statement = String.format(Locale.ROOT,
				"architecture inferred from %.3g parameters: the shape of %s (hidden_size %d, %d attention heads, "
						+ "%d key-value heads, intermediate_size %d, vocab_size %d, %s embeddings) with %d layers, "
						+ "%.3g parameters; give the architecture fields or a preset for an exact estimate",
				(double) parameters, best.name(), a.hiddenSize(), a.numAttentionHeads(), a.numKeyValueHeads(),
				a.intermediateSize(), a.vocabSize(), a.tieWordEmbeddings() ? "tied" : "untied", a.numLayers(),
				(double) a.parameters());
		return new InferredArchitecture(a, best.name(), statement);
	}

	private static double distance(Reference r, long parameters) {
		return Math.abs(Math.log((double) r.shape().parameters() / parameters));
	}

}
