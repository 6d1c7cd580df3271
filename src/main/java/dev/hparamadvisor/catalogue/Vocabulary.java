package dev.hparamadvisor.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one vocabulary every capability speaks: the 19 hyperparameters, their
 * sub-parameters and the companions, each by its id and by every alias, with "did you
 * mean" suggestions for names it does not know.
 */
public final class Vocabulary {

	private final Map<String, Term> byName = new LinkedHashMap<>();

	private final Set<String> ids = new LinkedHashSet<>();

	private final Map<String, String> suggestions = new LinkedHashMap<>();

	Vocabulary(List<Hyperparameter> entries, List<Companion> companions) {
		for (Hyperparameter entry : entries) {
			add(Term.of(entry), entry.aliases());
			entry.aliases().forEach((alias) -> this.suggestions.put(Names.normalize(alias), entry.id()));
			for (SubParameter sub : entry.subParameters()) {
				add(Term.of(entry, sub), sub.aliases());
			}
		}
		for (Companion companion : companions) {
			add(Term.of(companion), companion.aliases());
		}
	}

	private void add(Term term, List<String> aliases) {
		this.ids.add(term.id());
		this.byName.put(term.id(), term);
		aliases.forEach((alias) -> this.byName.put(Names.normalize(alias), term));
		// suggestions name ids only; short aliases such as r or beta would match too much
		this.suggestions.put(term.id(), term.id());
	}

	/** What a name stands for: an id or an alias of any term, in any spelling. */
	public Optional<Term> term(String name) {
		return Optional.ofNullable(this.byName.get(Names.normalize(name)));
	}

	/** Whether this is the id (not an alias) of a term. */
	public boolean isId(String name) {
		return this.ids.contains(name);
	}

	/** Every id: the entries', their sub-parameters', then the companions', in order. */
	public Set<String> ids() {
		return Collections.unmodifiableSet(this.ids);
	}

	/** The ids whose names are closest to an unknown name, best first. */
	public List<String> suggest(String name) {
		return Names.closest(name, this.suggestions, 3);
	}

}
