package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.hparamadvisor.catalogue.Method;

/**
 * A quantized base model set up in a way the tools refuse: trained in full (Hugging
 * Face's Trainer refuses a purely quantized model, Axolotl refuses {@code load_in_*bit}
 * without an adapter, LLaMA-Factory refuses {@code quantization_bit} outside LoRA),
 * Axolotl's {@code adapter: qlora} without a 4-bit base, or 4 and 8 bits at once (TRL
 * refuses the pair). An error for the tools that refuse, a warning otherwise.
 */
final class QuantizationRule implements Rule {

	private static final Set<String> FULL_REFUSED = Set.of(Tools.HUGGING_FACE, Tools.AXOLOTL, Tools.LLAMA_FACTORY);

	@Override
	public List<Finding> check(Configuration c) {
		List<Finding> findings = new ArrayList<>();
		boolean fourBit = c.flag("load_in_4bit").orElse(false);
		boolean eightBit = c.flag("load_in_8bit").orElse(false);
		boolean bits = Tools.isSet(c, "quantization_bit");
		if ((fourBit || eightBit || bits) && c.context().method() == Method.FULL) {
			String knob = bits ? "quantization_bit" : (fourBit ? "load_in_4bit" : "load_in_8bit");
			findings.add(Finding.of(knob, ValidationCodes.QUANTIZED_WITHOUT_ADAPTER, Tools.isFor(c, FULL_REFUSED))
				.value(c.value(knob))
				.expected("an adapter (LoRA, QLoRA), or an unquantized base for full fine-tuning")
				.sources("hf-training-args-checks", "axolotl-config-checks", "llama-factory-checks")
				.message(knob + " loads the base model quantized, but the run trains it in full: quantized weights "
						+ "cannot be trained. Hugging Face's Trainer, Axolotl and LLaMA-Factory refuse this. Train an "
						+ "adapter (adapter: qlora, finetuning_type: lora, use_peft) or drop " + knob + "."));
		}
		boolean axolotl = Tools.isFor(c, Tools.AXOLOTL);
		if (c.text("adapter").filter("qlora"::equals).isPresent() && (!fourBit || eightBit)) {
			findings.add(Finding.of("adapter", ValidationCodes.QLORA_WITHOUT_4BIT, axolotl)
				.related("load_in_4bit", "load_in_8bit")
				.value("qlora")
				.expected("load_in_4bit: true and no load_in_8bit")
				.sources("axolotl-config-checks", "dettmers-2023")
				.message("adapter: qlora trains adapters over a 4-bit base, but "
						+ (eightBit ? "load_in_8bit is on" : "load_in_4bit is not on")
						+ "; Axolotl refuses this. Set load_in_4bit: true" + (eightBit ? " and drop load_in_8bit" : "")
						+ ", or use adapter: lora."));
		}
		if (fourBit && eightBit) {
			findings
				.add(Finding.of("load_in_4bit", ValidationCodes.FOUR_AND_EIGHT_BIT, Tools.isFor(c, Tools.HUGGING_FACE))
					.related("load_in_8bit")
					.value(true)
					.expected("one of load_in_4bit or load_in_8bit")
					.sources("trl", "hf-training-args-checks")
					.message("load_in_4bit and load_in_8bit are both on; a model is loaded at one precision, and TRL "
							+ "refuses the pair. Keep load_in_4bit for QLoRA."));
		}
		return findings;
	}

}
