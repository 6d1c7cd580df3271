package dev.hparamadvisor.recommendation;

import java.util.List;

import dev.hparamadvisor.catalogue.Task;
import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.estimation.Optimizer;

/**
 * The optimizer and its arguments, the schedule, clipping and the loss: AdamW with
 * PyTorch's betas and epsilon (the SFT and QLoRA recipes keep them), cosine decay after
 * warmup (linear for encoder-style classification), a clipping norm of 1.0 (0.3 for
 * QLoRA), cross-entropy or DPO.
 */
final class Optimisation {

	private Optimisation() {
	}

	static List<Advice> choose(Scenario s, Method method, Optimizer optimizer) {
		String spelled = switch (method) {
			case FULL -> (optimizer == Optimizer.ADAMW_8BIT) ? "adamw_bnb_8bit" : "adamw_torch_fused";
			case LORA -> "adamw_torch_fused";
			case QLORA -> "paged_adamw_32bit";
		};
		String optimizerWhy = "AdamW, which every SFT, LoRA and DPO recipe cited here uses; written " + spelled
				+ " for Hugging Face" + switch (method) {
					case FULL -> (optimizer == Optimizer.ADAMW_8BIT)
							? ", with 8-bit states because full fine-tuning fits this GPU only with them (three quarters "
									+ "less optimizer memory, little loss)"
							: ", the fused kernel";
					case LORA -> ", the fused kernel";
					case QLORA -> ", paged as in QLoRA so memory spikes spill to the CPU instead of failing";
				} + ".";
		boolean encoder = s.encoderStyle();
		String schedule = encoder ? "linear" : "cosine";
		String scheduleWhy = encoder ? "Linear decay to 0 after warmup, as BERT and RoBERTa fine-tuned classifiers."
				: "Cosine decay to 0 after warmup (Alpaca, Zephyr, Llama 2; Tulu's linear decay is as good)"
						+ ((method == Method.QLORA) ? ". QLoRA itself kept the rate constant, but the tuning playbook "
								+ "finds a decaying schedule better" : "")
						+ ".";
		double clipping = (method == Method.QLORA) ? 0.3 : 1.0;
		String clippingWhy = (method == Method.QLORA)
				? "0.3, the maximum gradient norm QLoRA trained with; it steadies updates through the 4-bit base."
				: "1.0, HF's default and what Llama 2 used: cheap insurance against a single bad batch.";
		boolean preference = s.task() == Task.PREFERENCE;
		return List.of(
				Advice.of("optimizer", "adamw", optimizerWhy, "loshchilov-hutter-2019", "hf-training-args",
						"dettmers-2022-8bit", "dettmers-2023"),
				Advice.of("adam_beta1", 0.9, "0.9, PyTorch's and HF's default, which fine-tuning recipes keep.",
						"pytorch-adamw", "google-tuning-playbook"),
				Advice.of("adam_beta2", 0.999,
						"0.999, the SFT and QLoRA default; 0.95 belongs to long large-batch pre-training runs.",
						"pytorch-adamw", "dettmers-2023", "llama2"),
				Advice.of("adam_epsilon", 1e-8,
						"1e-8, PyTorch's default; the playbook tunes it only after the learning rate and beta1.",
						"pytorch-adamw", "google-tuning-playbook"),
				Advice.of("lr_schedule", schedule, scheduleWhy,
						encoder ? new String[] { "devlin-2019", "liu-2019-roberta" }
								: new String[] { "alpaca", "zephyr", "llama2", "tulu2", "google-tuning-playbook" }),
				Advice.of("gradient_clipping", clipping, clippingWhy,
						(method == Method.QLORA) ? new String[] { "dettmers-2023" }
								: new String[] { "hf-training-args", "llama2", "pascanu-2013" }),
				Advice.of("loss_function", preference ? "dpo" : "cross_entropy", preference
						? "DPO's sigmoid loss on chosen against rejected responses, beta 0.1 to start (Zephyr used 0.01)."
						: "Next-token cross-entropy" + (s.generative()
								? " on the response tokens only (prompt labels set to -100), as Llama "
										+ "2 and QLoRA trained"
								: " on the label tokens") + ".",
						preference ? new String[] { "rafailov-2023", "zephyr", "trl" }
								: new String[] { "llama2", "dettmers-2023", "trl" }));
	}

}
