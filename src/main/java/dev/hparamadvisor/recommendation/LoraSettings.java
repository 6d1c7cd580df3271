package dev.hparamadvisor.recommendation;

import java.util.List;

import dev.hparamadvisor.estimation.LoraAdapters;

/**
 * Rank, alpha, dropout and targets of the adapters: rank 16 on every linear layer, 32 or
 * 64 when the data outgrow it (LoRA Without Regret: adapters fall behind full fine-tuning
 * once the data exceed their capacity; QLoRA found the rank matters little when all
 * layers are adapted), alpha twice the rank, and dropout from QLoRA and Unsloth.
 *
 * @param rank r
 * @param alpha the scaling numerator; updates are scaled by alpha / r
 * @param dropout dropout on the adapter's input
 * @param adapters the adapters the estimator sizes: rank r on every linear layer
 * @param advice the values with their rationales
 */
record LoraSettings(int rank, int alpha, double dropout, LoraAdapters adapters, List<Advice> advice) {

	static LoraSettings choose(Scenario s) {
		double tokens = s.tokensPerEpoch();
		int rank = (tokens > 1e8) ? 64 : (tokens > 1e7) ? 32 : 16;
		String rankWhy = "Rank " + rank + " on every linear layer: " + Text.count(tokens) + " tokens per epoch "
				+ ((rank == 16) ? "fit comfortably in rank-16 adapters, the common default"
						: "are many for rank-16 adapters, and adapters fall behind full fine-tuning once the data "
								+ "exceed their capacity");
		if (s.priority() == Priority.QUALITY && rank < 64) {
			rank *= 2;
			rankWhy += "; doubled to " + rank + " for the quality priority (more capacity for little memory)";
		}
		rankWhy += ". QLoRA found the rank matters little once every layer is adapted, so it is not worth tuning "
				+ "before the learning rate.";
		int alpha = 2 * rank;
		double dropout;
		String dropoutWhy;
		if (s.parameters() >= 3e10) {
			dropout = 0.05;
			dropoutWhy = "QLoRA used 0.05 for its 33B and 65B models, and a " + Text.parameters(s.parameters())
					+ " model overfits less readily";
		}
		else if (s.examples() < 10_000) {
			dropout = 0.1;
			dropoutWhy = "with " + Text.count(s.examples())
					+ " examples overfitting is the main risk; QLoRA used 0.1 up to 13B and Unsloth raises it to 0.1 "
					+ "when the training loss drops too low";
		}
		else {
			dropout = 0.0;
			dropoutWhy = Text.count(s.examples())
					+ " examples regularise the adapters by themselves; 0 is PEFT's and Unsloth's default and "
					+ "keeps fused kernels usable";
		}
		List<Advice> advice = List.of(
				Advice.of("lora_r", rank, rankWhy, "dettmers-2023", "unsloth", "schulman-2025-lora-without-regret"),
				Advice.of("lora_alpha", alpha,
						"Alpha " + alpha + ", twice the rank (Unsloth's heuristic; Tinker fixes 32 at rank 16): the "
								+ "updates are scaled by alpha / r = 2, which the learning rate above assumes.",
						"unsloth", "schulman-2025-lora-without-regret", "hu-2021"),
				Advice.of("lora_dropout", dropout, "Adapter dropout " + Text.rate(dropout) + ": " + dropoutWhy + ".",
						"dettmers-2023", "unsloth", "peft"),
				Advice.of("lora_target_modules", "all-linear",
						"Adapters on all seven linear layers of each block (attention and MLP): LoRA Without Regret "
								+ "found the MLP layers matter most, and QLoRA that all layers are needed to match full "
								+ "fine-tuning.",
						"schulman-2025-lora-without-regret", "dettmers-2023", "unsloth"));
		return new LoraSettings(rank, alpha, dropout, LoraAdapters.allLinear(rank), advice);
	}

}
