package dev.hparamadvisor.recommendation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.catalogue.Task;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation as the exports read it: typed values by canonical name, and the facts
 * every tool spells its own way (method, optimizer kernel, model name).
 */
final class ExportValues {

	/** The seven projections "all-linear" stands for in a Llama-style block. */
	static final List<String> ALL_LINEAR = List.of("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj",
			"down_proj");

	private final RecommendResponse response;

	ExportValues(RecommendResponse response) {
		this.response = response;
	}

	Object get(String id) {
		Object value = this.response.configuration().get(id);
		if (value == null) {
			throw new IllegalArgumentException("No value for " + id);
		}
		return value;
	}

	boolean flag(String id) {
		return (Boolean) get(id);
	}

	Method method() {
		return this.response.validationContext().method();
	}

	Task task() {
		return this.response.validationContext().task();
	}

	boolean adapters() {
		return method() != Method.FULL;
	}

	boolean preference() {
		return task() == Task.PREFERENCE;
	}

	/** The optimizer as Hugging Face, Axolotl and LLaMA-Factory spell it. */
	String optimizer() {
		if (method() == Method.QLORA) {
			return "paged_adamw_32bit";
		}
		return this.response.plan().optimizer().equals("adamw_8bit") ? "adamw_bnb_8bit" : "adamw_torch_fused";
	}

	/** The Hugging Face repo id, when the model is a preset. */
	@Nullable String modelName() {
		String model = this.response.scenario().model();
		return (model.contains("/") && !model.contains(" ")) ? model : null;
	}

	Plan plan() {
		return this.response.plan();
	}

	/** The generation settings: do_sample alone when decoding is greedy. */
	Map<String, Object> generation() {
		Map<String, Object> generation = new LinkedHashMap<>();
		generation.put("do_sample", get("do_sample"));
		if (flag("do_sample")) {
			generation.put("temperature", get("temperature"));
			generation.put("top_p", get("top_p"));
			generation.put("top_k", get("top_k"));
		}
		return generation;
	}

}
