package dev.hparamadvisor.catalogue;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a name stands for in the catalogue's one vocabulary: one of the 19
 * hyperparameters, one of their sub-parameters, or a companion.
 *
 * @param id the canonical id
 * @param valueType the kind of value it takes
 * @param domain the hard domain, for numbers
 * @param choices the allowed values of a companion with a closed set; an entry's choices
 * are in {@link #entry()}
 * @param entry the hyperparameter itself, or the one a sub-parameter belongs to;
 * {@code null} for a companion
 * @param sources where its domain or choices come from
 */
public record Term(String id, ValueType valueType, @Nullable Domain domain, List<String> choices,
		@Nullable Hyperparameter entry, List<String> sources) {

	public Term {
		choices = List.copyOf(choices);
		sources = List.copyOf(sources);
	}

	static Term of(Hyperparameter entry) {
		return new Term(entry.id(), entry.valueType(), entry.domain(), List.of(), entry,
				(entry.domain() != null) ? entry.domain().sources() : List.of());
	}

	static Term of(Hyperparameter parent, SubParameter sub) {
		return new Term(sub.id(), sub.valueType(), sub.domain(), List.of(), parent,
				(sub.domain() != null) ? sub.domain().sources() : sub.sources());
	}

	static Term of(Companion companion) {
		return new Term(companion.id(), companion.valueType(), companion.domain(), companion.choices(), null,
				companion.sources());
	}

	/** Whether this is one of the 19 hyperparameters itself. */
	public boolean isEntry() {
		return this.entry != null && this.entry.id().equals(this.id);
	}

}
