package dev.hparamadvisor.recommendation;

import java.util.List;

import dev.hparamadvisor.catalogue.Method;

/**
 * Weight decay and the model's dropouts: no weight decay for decoder SFT (Alpaca, Tulu,
 * QLoRA), a little for adapters on very small data (Unsloth) and for encoder-style
 * classifiers (BERT, DeBERTa); dropouts kept at the model's own value, which is none for
 * the Llama-style decoders the estimator models.
 */
final class Regularisation {

	private Regularisation() {
	}

	static List<Advice> choose(Scenario s, Method method) {
		double decay;
		String decayWhy;
		String[] decaySources;
		if (s.encoderStyle()) {
			decay = 0.01;
			decayWhy = "0.01, as DeBERTa fine-tuned classifiers (RoBERTa used 0.1).";
			decaySources = new String[] { "he-2021-deberta", "liu-2019-roberta" };
		}
		else if (method != Method.FULL && s.examples() < 1_000) {
			decay = 0.01;
			decayWhy = "0.01: with only " + Text.count(s.examples())
					+ " examples the adapters can overfit, and Unsloth suggests 0.01 for that.";
			decaySources = new String[] { "unsloth", "loshchilov-hutter-2019" };
		}
		else {
			decay = 0.0;
			decayWhy = "0, as Alpaca, Tulu 2/3 and QLoRA trained: a short SFT run barely moves the weights, and "
					+ "fewer epochs or early stopping handle overfitting better.";
			decaySources = new String[] { "alpaca", "tulu2", "tulu3", "dettmers-2023" };
		}
		String own = "the model's own value: Llama-style decoders such as " + s.model()
				+ " define no dropout and are fine-tuned without it";
		String regularise = (method == Method.FULL) ? "fewer epochs or early stopping"
				: "the adapter dropout, fewer epochs or early stopping";
		return List.of(Advice.of("weight_decay", decay, decayWhy, decaySources),
				Advice.of("dropout", 0.0,
						"0, " + own + "; adding it changes the activations the model was trained with. Regularise "
								+ "with " + regularise + " instead.",
						"hf-model-configs", "alpaca", "tulu2"),
				Advice.of("attention_dropout", 0.0,
						"0, " + own + " (LlamaConfig's attention_dropout is 0.0); non-zero values also rule out some "
								+ "fused attention kernels.",
						"hf-model-configs"));
	}

}
