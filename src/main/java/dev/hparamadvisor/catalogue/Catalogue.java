package dev.hparamadvisor.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The checked, immutable catalogue of hyperparameters, their companions and the
 * bibliography. Looks entries up by id or by any alias, case-insensitively; the
 * {@link Vocabulary} resolves any name of any entry, sub-parameter or companion.
 */
public final class Catalogue {

	private final List<Hyperparameter> parameters;

	private final Map<String, Source> sources;

	private final Map<String, Hyperparameter> byName = new LinkedHashMap<>();

	private final Map<String, SubParameterRef> subByName = new LinkedHashMap<>();

	private final Map<String, String> suggestionIndex = new LinkedHashMap<>();

	private final List<Companion> companions;

	private final Vocabulary vocabulary;

	Catalogue(List<Hyperparameter> parameters, List<Companion> companions, List<Source> sources) {
		this.parameters = List.copyOf(parameters);
		this.companions = List.copyOf(companions);
		this.vocabulary = new Vocabulary(this.parameters, this.companions);
		Map<String, Source> bibliography = new LinkedHashMap<>();
		sources.forEach((source) -> bibliography.put(source.id(), source));
		this.sources = Map.copyOf(bibliography);
		for (Hyperparameter parameter : this.parameters) {
			index(parameter.id(), parameter);
			parameter.aliases().forEach((alias) -> index(alias, parameter));
			for (SubParameter sub : parameter.subParameters()) {
				SubParameterRef ref = new SubParameterRef(parameter, sub);
				this.subByName.put(Names.normalize(sub.id()), ref);
				sub.aliases().forEach((alias) -> this.subByName.put(Names.normalize(alias), ref));
			}
		}
	}

	private void index(String name, Hyperparameter parameter) {
		this.byName.put(Names.normalize(name), parameter);
		this.suggestionIndex.put(Names.normalize(name), parameter.id());
	}

	/** Every entry, in the catalogue's stable order. */
	public List<Hyperparameter> all() {
		return this.parameters;
	}

	/** The companions: knobs needed beside the entries and their sub-parameters. */
	public List<Companion> companions() {
		return this.companions;
	}

	/** Every name of every entry, sub-parameter and companion. */
	public Vocabulary vocabulary() {
		return this.vocabulary;
	}

	/** What a name stands for: an id or alias of an entry, sub-parameter or companion. */
	public Optional<Term> term(String name) {
		return this.vocabulary.term(name);
	}

	/** The entries of a phase and category; {@code null} matches any. */
	public List<Hyperparameter> filter(@Nullable Phase phase, @Nullable Category category) {
		return this.parameters.stream()
			.filter((p) -> phase == null || p.phase() == phase)
			.filter((p) -> category == null || p.category() == category)
			.toList();
	}

	/** The entry with this id or alias, in any case. */
	public Optional<Hyperparameter> find(String name) {
		return Optional.ofNullable(this.byName.get(Names.normalize(name)));
	}

	/** The entry with this canonical id; fails for a name that is not an id. */
	public Hyperparameter get(String id) {
		Hyperparameter parameter = this.byName.get(id);
		if (parameter == null || !parameter.id().equals(id)) {
			throw new IllegalArgumentException("No hyperparameter with id '" + id + "'");
		}
		return parameter;
	}

	/** The sub-parameter with this id or alias, with the entry it belongs to. */
	public Optional<SubParameterRef> findSubParameter(String name) {
		return Optional.ofNullable(this.subByName.get(Names.normalize(name)));
	}

	/** The ids whose names are closest to an unknown name, best first. */
	public List<String> suggest(String name) {
		return Names.closest(name, this.suggestionIndex, 3);
	}

	/** The bibliography, by id. */
	public Map<String, Source> sources() {
		return this.sources;
	}

	/** The sources cited anywhere in these entries, ordered by id. */
	public List<Source> sourcesCitedBy(List<Hyperparameter> entries) {
		java.util.Set<String> ids = new java.util.TreeSet<>();
		for (Hyperparameter entry : entries) {
			ids.add("ebook");
			ids.add(entry.defaultValue().source());
			if (entry.domain() != null) {
				ids.addAll(entry.domain().sources());
				entry.domain().sentinels().forEach((s) -> ids.addAll(s.sources()));
			}
			entry.practice().forEach((p) -> ids.addAll(p.sources()));
			entry.choices().forEach((c) -> ids.addAll(c.sources()));
			for (SubParameter sub : entry.subParameters()) {
				ids.addAll(sub.sources());
				ids.add(sub.defaultValue().source());
				if (sub.domain() != null) {
					ids.addAll(sub.domain().sources());
				}
			}
			if (entry.erratum() != null) {
				ids.addAll(entry.erratum().sources());
			}
		}
		return ids.stream().map(this.sources::get).filter(java.util.Objects::nonNull).toList();
	}

	/** The source with this id. */
	public Optional<Source> source(String id) {
		return Optional.ofNullable(this.sources.get(id));
	}

	/**
	 * A sub-parameter and the entry it belongs to.
	 *
	 * @param parent the entry
	 * @param sub the sub-parameter
	 */
	public record SubParameterRef(Hyperparameter parent, SubParameter sub) {
	}

}
