package dev.hparamadvisor.dialect;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.hparamadvisor.catalogue.Method;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@link ContextHints} from the keys that describe the context rather than a
 * hyperparameter.
 */
final class HintReading {

	/** Names of checkpoints already quantized to 4 bits or fewer. */
	private static final Pattern FOUR_BIT_NAME = Pattern.compile("(?i)(nvfp4|gptq|awq|bnb-4bit|nf4|[-_]4bit|int4)");

	private static final Set<String> TRAINING = Set.of("learning_rate", "batch_size", "num_epochs", "max_steps",
			"gradient_accumulation_steps", "total_batch_size");

	/** Fields of TRL's DPO-style configurations (trl/trainer/dpo_config.py and kin). */
	private static final Set<String> PREFERENCE_FIELDS = Set.of("beta", "max_prompt_length");

	/**
	 * The loss types of TRL's SFTConfig (nll, its default, and dft): a configuration that
	 * names one of these is supervised, whatever else it is.
	 */
	private static final Set<String> SFT_LOSS_TYPES = Set.of("nll", "dft");

	/** The loss types of TRL's GRPOConfig (trl/trainer/grpo_config.py). */
	private static final Set<String> GRPO_LOSS_TYPES = Set.of("grpo", "bnpo", "dr_grpo", "dapo");

	/** Fields of TRL's GRPO and RLOO configurations (trl/trainer/grpo_config.py). */
	private static final Set<String> ONLINE_RL_FIELDS = Set.of("num_generations", "reward_funcs",
			"max_completion_length");

	private HintReading() {
	}

	static ContextHints read(JsonNode root, Dialect dialect, Map<String, JsonNode> values) {
		String model = modelName(root);
		Long parameters = ModelNames.parameterCount(model);
		JsonNode size = values.get("model_size");
		if (parameters == null && size != null) {
			BigDecimal count = ValueConversions.number(size);
			parameters = (count != null && count.signum() > 0) ? Long.valueOf(count.longValue())
					: size.isString() ? ModelNames.parameterCount("-" + size.asString().trim()) : null;
		}
		boolean training = TRAINING.stream().anyMatch(values::containsKey);
		BigDecimal devices = values.containsKey("num_devices") ? ValueConversions.number(values.get("num_devices"))
				: null;
		Trained trained = trained(root, dialect, values, model, training);
		return new ContextHints(trained.method(), trained.partial(), model, parameters, task(root, dialect, training),
				(devices != null) ? Integer.valueOf(devices.intValue()) : null);
	}

	private static @Nullable String modelName(JsonNode root) {
		for (String key : new String[] { "base_model", "model_name_or_path", "model" }) {
			JsonNode value = root.get(key);
			if (value != null && value.isString()) {
				return value.asString();
			}
			if (value != null && value.isObject() && value.path("_component_").isString()) {
				return value.path("_component_").asString();
			}
		}
		return null;
	}

	private static Trained trained(JsonNode root, Dialect dialect, Map<String, JsonNode> values, @Nullable String model,
			boolean training) {
		boolean fourBit = isTrue(root.get("load_in_4bit")) || isTrue(root.get("gptq"))
				|| (model != null && FOUR_BIT_NAME.matcher(model).find());
		String adapter = text(root, "adapter");
		if (adapter != null && !adapter.isEmpty()) {
			return new Trained(switch (adapter) {
				case "qlora" -> Method.QLORA;
				case "lora" -> fourBit ? Method.QLORA : Method.LORA;
				default -> null;
			}, false);
		}
		String finetuning = text(root, "finetuning_type");
		if (finetuning != null || (dialect == Dialect.LLAMA_FACTORY && training)) {
			BigDecimal bits = root.has("quantization_bit") ? ValueConversions.number(root.get("quantization_bit"))
					: null;
			return switch ((finetuning != null) ? finetuning : "lora") {
				case "lora" -> new Trained((bits != null && bits.intValue() <= 4) ? Method.QLORA : Method.LORA, false);
				case "full" -> new Trained(Method.FULL, false);
				case "freeze" -> Trained.PARTIAL;
				default -> Trained.UNKNOWN;
			};
		}
		// TRL's ModelConfig switch, and use_lora of TRL's early example scripts
		// (examples/summarization, 2023)
		if (isTrue(root.get("use_peft")) || isTrue(root.get("use_lora"))) {
			return new Trained(fourBit ? Method.QLORA : Method.LORA, false);
		}
		if (model != null && model.startsWith("torchtune.")) {
			String builder = model.substring(model.lastIndexOf('.') + 1);
			return new Trained(builder.startsWith("qlora_") ? Method.QLORA
					: builder.startsWith("lora_") ? Method.LORA : Method.FULL, false);
		}
		if (root.has("unfrozen_parameters") || root.has("lisa_n_layers")) {
			return Trained.PARTIAL;
		}
		if (dialect == Dialect.AXOLOTL || dialect == Dialect.HUGGINGFACE || dialect == Dialect.TORCHTUNE) {
			return new Trained(training ? Method.FULL : null, false);
		}
		if (values.containsKey("lora_r") || values.containsKey("lora_alpha")) {
			return new Trained(fourBit ? Method.QLORA : Method.LORA, false);
		}
		return Trained.UNKNOWN;
	}

	/**
	 * How the weights are trained: a method, or some layers with the rest frozen, or
	 * neither when the configuration does not say.
	 */
	private record Trained(@Nullable Method method, boolean partial) {

		static final Trained PARTIAL = new Trained(null, true);

		static final Trained UNKNOWN = new Trained(null, false);

	}

	private static @Nullable String task(JsonNode root, Dialect dialect, boolean training) {
		String rl = text(root, "rl");
		if (rl != null) {
			return rl;
		}
		if (isTrue(root.get("reward_model"))) {
			return "reward-model";
		}
		if (isTrue(root.get("process_reward_model"))) {
			return "process-reward-model";
		}
		if (root.has("pretraining_dataset")) {
			return "pretrain";
		}
		String stage = text(root, "stage");
		if (stage != null) {
			return switch (stage) {
				case "pt" -> "pretrain";
				case "rm" -> "reward-model";
				default -> stage;
			};
		}
		String loss = rlLoss(root.path("loss").path("_component_"));
		if (loss != null) {
			return loss;
		}
		String method = root.path("method").isObject() ? text(root.path("method"), "type") : null;
		if (method != null) {
			return method.equals("supervised") ? "sft" : method;
		}
		if (root.path("datasets").isArray() && !root.path("datasets").isEmpty()) {
			String task = datasetTask(root.path("datasets").get(0).path("type"));
			return (task.equals("chat-sft") && root.has("processor_type")) ? "multimodal-sft" : task;
		}
		if (dialect == Dialect.HUGGINGFACE && training) {
			String lossType = text(root, "loss_type");
			String kind = (lossType != null) ? lossType.toLowerCase(Locale.ROOT) : "";
			if (ONLINE_RL_FIELDS.stream().anyMatch(root::has) || GRPO_LOSS_TYPES.contains(kind)) {
				return "grpo";
			}
			if (SFT_LOSS_TYPES.contains(kind)) {
				return "sft";
			}
			// any other loss type is one of the DPO trainer's (sigmoid, ipo, apo_zero,
			// ...)
			return (PREFERENCE_FIELDS.stream().anyMatch(root::has) || lossType != null) ? "dpo" : "sft";
		}
		if (dialect == Dialect.VLLM || (dialect == Dialect.OPENAI && !root.has("hyperparameters"))
				|| (!training && root.has("temperature"))) {
			return "inference";
		}
		return training ? "sft" : null;
	}

	/**
	 * The RL method of a torchtune loss component: its preference losses (DPO, RSO,
	 * SimPO) and online RL losses (PPO, GRPO), under {@code torchtune.rlhf.loss},
	 * {@code torchtune.modules.rlhf.loss} or {@code torchtune.dev.grpo}.
	 */
	private static @Nullable String rlLoss(JsonNode component) {
		if (!component.isString()) {
			return null;
		}
		String name = component.asString().toLowerCase(Locale.ROOT);
		String leaf = name.substring(name.lastIndexOf('.') + 1);
		if (leaf.startsWith("grpo")) {
			return "grpo";
		}
		if (leaf.startsWith("ppo")) {
			return "ppo";
		}
		if (leaf.startsWith("simpo")) {
			return "simpo";
		}
		return (leaf.startsWith("dpo") || leaf.startsWith("rso")) ? "dpo" : null;
	}

	private static String datasetTask(JsonNode type) {
		if (!type.isString()) {
			return "instruction";
		}
		String name = type.asString().toLowerCase(Locale.ROOT);
		if (name.startsWith("chat_template") || name.startsWith("sharegpt")) {
			return "chat-sft";
		}
		return name.startsWith("completion") ? "completion" : "instruction";
	}

	private static @Nullable String text(JsonNode node, String key) {
		JsonNode value = node.get(key);
		return (value != null && value.isString()) ? value.asString().trim().toLowerCase(Locale.ROOT) : null;
	}

	private static boolean isTrue(@Nullable JsonNode value) {
		return value != null && (value.isBoolean() ? value.booleanValue()
				: value.isString() && value.asString().trim().equalsIgnoreCase("true"));
	}

}
