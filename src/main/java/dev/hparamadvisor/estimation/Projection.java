package dev.hparamadvisor.estimation;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The linear layers of a Llama-style decoder block, which LoRA can adapt. Names follow
 * the Hugging Face modules ({@code q_proj} ... {@code down_proj}).
 */
public enum Projection {

	Q_PROJ, K_PROJ, V_PROJ, O_PROJ, GATE_PROJ, UP_PROJ, DOWN_PROJ;

	/** PEFT's {@code "all-linear"}: every projection of the block (not the LM head). */
	public static final Set<Projection> ALL_LINEAR = Set.copyOf(EnumSet.allOf(Projection.class));

	/** Input features of this projection. */
	public long inFeatures(Architecture a) {
		return switch (this) {
			case Q_PROJ, K_PROJ, V_PROJ, O_PROJ, GATE_PROJ, UP_PROJ -> a.hiddenSize();
			case DOWN_PROJ -> a.intermediateSize();
		};
	}

	/** Output features of this projection. */
	public long outFeatures(Architecture a) {
		return switch (this) {
			case Q_PROJ, O_PROJ, DOWN_PROJ -> a.hiddenSize();
			case K_PROJ, V_PROJ -> a.keyValueSize();
			case GATE_PROJ, UP_PROJ -> a.intermediateSize();
		};
	}

	/** The module name used by Hugging Face, e.g. {@code q_proj}. */
	public String moduleName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a module name as written in PEFT configurations: {@code q_proj}, {@code q},
	 * case-insensitive.
	 */
	public static Optional<Projection> fromModuleName(String name) {
		String n = name.trim().toLowerCase(Locale.ROOT);
		for (Projection p : values()) {
			String m = p.moduleName();
			if (n.equals(m) || n.equals(m.substring(0, m.indexOf('_')))) {
				return Optional.of(p);
			}
		}
		return Optional.empty();
	}

}
