package dev.hparamadvisor.estimation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in table of common accelerators. Lookups ignore case and separators:
 * {@code h100}, {@code H100 80GB} and {@code h100-80gb} name the same GPU.
 */
public final class Gpus {

	private static final Gpus BUILT_IN = new Gpus(PresetCatalogue.builtIn().gpus());

	private final List<Gpu> all;

	private final Map<String, Gpu> index;

	private Gpus(List<Gpu> all) {
		this.all = List.copyOf(all);
		this.index = PresetCatalogue.index(this.all, Gpu::id, Gpu::aliases);
	}

	/** The GPUs of {@code estimation/presets.yaml}. */
	public static Gpus builtIn() {
		return BUILT_IN;
	}

	/** The GPU called {@code name}, if any. */
	public Optional<Gpu> find(String name) {
		return PresetCatalogue.find(index, name);
	}

	/** Every GPU, in table order. */
	public List<Gpu> all() {
		return all;
	}

}
