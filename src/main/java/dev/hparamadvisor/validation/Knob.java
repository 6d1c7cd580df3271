package dev.hparamadvisor.validation;

import java.util.List;

import dev.hparamadvisor.catalogue.Domain;
import dev.hparamadvisor.catalogue.Hyperparameter;
import dev.hparamadvisor.catalogue.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * Anything the validator can read a value for: one of the 19 hyperparameters, one of
 * their sub-parameters, or a companion knob that rules need (LoRA rank, evaluation
 * cadence, ...).
 *
 * @param name the canonical id or companion name
 * @param type the kind of value it takes
 * @param domain the hard domain, for numbers
 * @param choices the allowed values, for companions with a closed set
 * @param entry the catalogue entry, for the 19 and their sub-parameters
 * @param sources where the domain comes from
 */
record Knob(String name, ValueType type, @Nullable Domain domain, List<String> choices, @Nullable Hyperparameter entry,
		List<String> sources) {

	/** Whether this is one of the 19 catalogue entries itself. */
	boolean isCatalogueEntry() {
		return this.entry != null && this.entry.id().equals(this.name);
	}

}
