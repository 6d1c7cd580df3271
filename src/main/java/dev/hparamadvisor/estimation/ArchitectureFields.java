package dev.hparamadvisor.estimation;

import java.util.List;
import java.util.Locale;

import dev.hparamadvisor.estimation.EstimateRequest.ModelSpec;
import dev.hparamadvisor.RequestProblem.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Reads the architecture fields of a request, naming each missing or inconsistent field.
 * {@code /v1/estimate} and {@code /v1/recommend} both read models this way.
 */
public final class ArchitectureFields {

	private ArchitectureFields() {
	}

	/**
	 * Reads the fields into an architecture.
	 * @param m the model as requested
	 * @param problems where each missing or inconsistent field is added, with its pointer
	 * @param assumptions where what was assumed or overridden is added
	 * @return the architecture, or {@code null} when a field is missing or inconsistent
	 */
	public static @Nullable Architecture read(ModelSpec m, List<FieldProblem> problems, List<String> assumptions) {
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
		if (m.numKeyValueHeads() == null) {
			assumptions
				.add("num_key_value_heads: " + heads + ", as many as attention heads (no grouped-query attention)");
		}
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
		Architecture a = new Architecture(hidden, m.numLayers(), heads, kv, m.intermediateSize(), m.vocabSize(),
				Boolean.TRUE.equals(m.tieWordEmbeddings()), Boolean.TRUE.equals(m.attentionBias()));
		Double stated = m.parameters();
		if (stated != null && Math.abs(a.parameters() / stated - 1) > 0.02) {
			assumptions.add(String.format(Locale.ROOT,
					"parameters %.4g differs from the %.4g the architecture fields give; the architecture's count is used",
					stated, (double) a.parameters()));
		}
		return a;
	}

	private static void require(@Nullable Integer value, String field, List<FieldProblem> problems) {
		if (value == null) {
			problems.add(new FieldProblem("/model/" + field,
					field + " is required with the other architecture fields (or give a preset, or parameters alone)"));
		}
	}

}
