package dev.hparamadvisor.estimation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in table of common open models. Lookups ignore case, separators and the
 * organisation: {@code meta-llama/Llama-3.1-8B}, {@code llama-3.1-8b} and
 * {@code Llama 3.1 8B} name the same preset; instruct variants share their base's.
 */
public final class ModelPresets {

	private static final ModelPresets BUILT_IN = new ModelPresets(PresetCatalogue.builtIn().models());

	private final List<ModelPreset> all;

	private final Map<String, ModelPreset> index;

	private ModelPresets(List<ModelPreset> all) {
		this.all = List.copyOf(all);
		this.index = PresetCatalogue.index(this.all, ModelPreset::id, ModelPreset::aliases);
	}

	/** The presets of {@code estimation/presets.yaml}. */
	public static ModelPresets builtIn() {
		return BUILT_IN;
	}

	/** The preset called {@code name}, if any. */
	public Optional<ModelPreset> find(String name) {
		return PresetCatalogue.find(index, name);
	}

	/** Every preset, in table order. */
	public List<ModelPreset> all() {
		return all;
	}

}
