package dev.hparamadvisor.dialect;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.hparamadvisor.catalogue.Catalogue;
import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.catalogue.Vocabulary;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports canonical values in a tool's own names and shape: Hugging Face
 * {@code TrainingArguments} (TRL names for LoRA, sequence length and beta) with a
 * {@code generation_config} object, Axolotl YAML, LLaMA-Factory YAML, or an OpenAI
 * fine-tuning {@code method} object. Each key comes from the same table
 * {@link DialectReader} reads, so reading the document back gives the written values. The
 * keyword {@code all-linear} of {@code lora_target_modules} is written as Axolotl's
 * {@code lora_target_linear: true} and as LLaMA-Factory's {@code lora_target: all}.
 * <p>
 * OpenAI takes a global {@code batch_size} and a relative
 * {@code learning_rate_multiplier}: the batch is {@code total_batch_size}, or else
 * {@code batch_size × gradient_accumulation_steps × num_devices} (absent factors count as
 * 1); an absolute {@code learning_rate} has no OpenAI equivalent and is not exported,
 * which writes the multiplier as OpenAI's {@code "auto"} unless
 * {@code learning_rate_multiplier} is given. OpenAI's {@code n_epochs} is written as a
 * whole number and its {@code batch_size} as at most 256, each conversion with a note.
 * Stateless and thread-safe.
 */
public class DialectWriter {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final KeyTable table;

	private final Vocabulary vocabulary;

	/**
	 * A writer of the catalogue's vocabulary.
	 * @param catalogue the catalogue whose ids the writer takes
	 * @throws IllegalStateException when a tool's key maps to a name outside the
	 * catalogue's vocabulary
	 */
	public DialectWriter(Catalogue catalogue) {
		this.vocabulary = catalogue.vocabulary();
		this.table = new KeyTable(this.vocabulary);
	}

	/**
	 * Exports values, inferring LoRA when {@code lora_r} or {@code lora_alpha} is given.
	 * @param values vocabulary id to value (number, string, boolean, list or
	 * {@link JsonNode}), in the order to write; {@code null} values are skipped
	 * @param target the tool
	 * @return the document with what was written, left out, and why
	 * @throws IllegalArgumentException when the target is not an export target
	 */
	public ExportedConfiguration export(Map<String, ?> values, Dialect target) {
		return export(values, target, ContextHints.NONE);
	}

	/**
	 * Exports values for a fine-tuning method, which sets the tool's adapter keys
	 * (Axolotl {@code adapter}, LLaMA-Factory {@code finetuning_type} and
	 * {@code quantization_bit}, TRL {@code use_peft} and {@code load_in_4bit}).
	 * @param values vocabulary id to value, in the order to write
	 * @param target the tool
	 * @param method the method, or {@code null} to infer it
	 * @return the document with what was written, left out, and why
	 * @throws IllegalArgumentException when the target is not an export target
	 */
	public ExportedConfiguration export(Map<String, ?> values, Dialect target, @Nullable Method method) {
		return export(values, target, new ContextHints(method, false, null, null, null, null));
	}

	/**
	 * Exports values with the context they run in, as {@link DialectReader} reports it in
	 * {@link ReadConfiguration#hints()}: the method sets the adapter keys as in
	 * {@link #export(Map, Dialect, Method)}; the model name is written as
	 * {@code model_name_or_path} (Hugging Face, LLaMA-Factory) or {@code base_model}
	 * (Axolotl); the task as LLaMA-Factory's {@code stage}, Axolotl's {@code rl} or
	 * OpenAI's {@code method.type} ({@code dpo} or {@code supervised}), a supervised task
	 * trained on the responses only. With a task other than GRPO, Axolotl's GRPO
	 * generation keys ({@code trl.*}) are left out. The parameter count and number of
	 * devices of the hints are not written.
	 * @param values vocabulary id to value, in the order to write
	 * @param target the tool
	 * @param context the method (or {@code null} to infer it), model name and task, each
	 * {@code null} when not to be written
	 * @return the document with what was written, left out, and why
	 * @throws IllegalArgumentException when the target is not an export target
	 */
	public ExportedConfiguration export(Map<String, ?> values, Dialect target, ContextHints context) {
		if (!target.isExportTarget()) {
			throw new IllegalArgumentException("Cannot export to " + target.id() + "; export targets are "
					+ Arrays.stream(Dialect.values())
						.filter(Dialect::isExportTarget)
						.map(Dialect::id)
						.collect(Collectors.joining(", ")));
		}
		Map<String, JsonNode> nodes = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			JsonNode node = (value instanceof JsonNode given) ? given : MAPPER.valueToTree(value);
			if (node != null && !node.isNull() && !node.isMissingNode()) {
				nodes.put(name, node);
			}
		});
		Exporting export = new Exporting(this.table, this.vocabulary, target, nodes.keySet(), context);
		Method how = (context.method() != null || context.partial()) ? context.method()
				: (nodes.containsKey("lora_r") || nodes.containsKey("lora_alpha")) ? Method.LORA : null;
		export.contextKeys();
		export.methodKeys(how, context.partial());
		if (target == Dialect.OPENAI) {
			export.openAiBatch(nodes);
		}
		nodes.forEach(export::write);
		return new ExportedConfiguration(target, export.document, export.written, export.unsupported, export.notes);
	}

}
