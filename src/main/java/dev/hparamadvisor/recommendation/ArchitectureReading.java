package dev.hparamadvisor.recommendation;

import java.util.List;

import dev.hparamadvisor.estimation.Architecture;
import dev.hparamadvisor.estimation.EstimateRequest.ModelSpec;
import dev.hparamadvisor.recommendation.InvalidScenario.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Reads the architecture fields of a request's model the way {@code /v1/estimate} reads
 * them, naming each missing or inconsistent field.
 */
final class ArchitectureReading {

	private ArchitectureReading() {
	}

	static @Nullable Architecture read(ModelSpec m, List<FieldProblem> problems, List<String> assumptions) {
		int before = problems.size();
		require(m.hiddenSize(), "hidden_size", problems);
		require(m.numLayers(), "num_layers", problems);
		require(m.numAttentionHeads(), "num_attention_heads", problems);
		require(m.intermediateSize(), "intermediate_size", problems);
		require(m.vocabSize(), "vocab_size", problems);
		if (problems.size() > before) {
			return null;
		}
		int hidden = m.hiddenSize();
		int heads = m.numAttentionHeads();
		int kv = (m.numKeyValueHeads() != null) ? m.numKeyValueHeads() : heads;
		if (heads > hidden || hidden % heads != 0) {
			problems.add(new FieldProblem("/model/num_attention_heads",
					"num_attention_heads (" + heads + ") does not divide hidden_size (" + hidden + ")"));
		}
		if (kv > heads || heads % kv != 0) {
			problems.add(new FieldProblem("/model/num_key_value_heads",
					"num_key_value_heads (" + kv + ") does not divide num_attention_heads (" + heads + ")"));
		}
		if (problems.size() > before) {
			return null;
		}
		if (m.numKeyValueHeads() == null) {
			assumptions.add("num_key_value_heads: " + heads + ", as many as attention heads");
		}
		return new Architecture(hidden, m.numLayers(), heads, kv, m.intermediateSize(), m.vocabSize(),
				Boolean.TRUE.equals(m.tieWordEmbeddings()), Boolean.TRUE.equals(m.attentionBias()));
	}

	private static void require(@Nullable Integer value, String field, List<FieldProblem> problems) {
		if (value == null) {
			problems.add(new FieldProblem("/model/" + field,
					field + " is required with the other architecture fields (or give a preset, or parameters alone)"));
		}
	}

}
