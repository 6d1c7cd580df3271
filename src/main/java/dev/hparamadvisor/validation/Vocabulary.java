package dev.hparamadvisor.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.hparamadvisor.catalogue.Catalogue;
import dev.hparamadvisor.catalogue.Hyperparameter;
import dev.hparamadvisor.catalogue.Names;
import dev.hparamadvisor.catalogue.SubParameter;

/**
 * Every name the validator understands: the catalogue's ids and aliases, its
 * sub-parameters, and the companions; with suggestions for names it does not.
 */
final class Vocabulary {

	private final Catalogue catalogue;

	/** How many spellings of known names are remembered. */
	static final int REMEMBERED = 4096;

	private final Map<String, String> suggestions = new LinkedHashMap<>();

	private final Map<String, Knob> known = new ConcurrentHashMap<>();

	Vocabulary(Catalogue catalogue) {
		this.catalogue = catalogue;
		for (Hyperparameter entry : catalogue.all()) {
			this.suggestions.put(Names.normalize(entry.id()), entry.id());
			entry.aliases().forEach((alias) -> this.suggestions.put(Names.normalize(alias), entry.id()));
			for (SubParameter sub : entry.subParameters()) {
				this.suggestions.put(Names.normalize(sub.id()), sub.id());
			}
		}
		Companions.names().forEach((name) -> this.suggestions.put(name, name));
	}

	Catalogue catalogue() {
		return this.catalogue;
	}

	/**
	 * The knob a name stands for, if any. Names that resolve are remembered (the
	 * catalogue does not change), up to {@link #REMEMBERED} spellings.
	 */
	Optional<Knob> resolve(String name) {
		Knob known = this.known.get(name);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Knob> knob = lookUp(Names.normalize(name));
		if (knob.isPresent() && this.known.size() < REMEMBERED) {
			this.known.put(name, knob.get());
		}
		return knob;
	}

	private Optional<Knob> lookUp(String key) {
		Optional<Hyperparameter> entry = this.catalogue.find(key);
		if (entry.isPresent()) {
			Hyperparameter e = entry.get();
			return Optional.of(new Knob(e.id(), e.valueType(), e.domain(), List.of(), e,
					(e.domain() != null) ? e.domain().sources() : List.of()));
		}
		Optional<Catalogue.SubParameterRef> sub = this.catalogue.findSubParameter(key);
		if (sub.isPresent()) {
			SubParameter s = sub.get().sub();
			return Optional.of(new Knob(s.id(), s.valueType(), s.domain(), List.of(), sub.get().parent(),
					(s.domain() != null) ? s.domain().sources() : s.sources()));
		}
		return Optional.ofNullable(Companions.find(key));
	}

	/** The closest known names to an unknown one. */
	List<String> suggest(String name) {
		return Names.closest(name, this.suggestions, 3);
	}

}
