package dev.hparamadvisor.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks a catalogue document for completeness and consistency, collecting every problem
 * with the entry and field it concerns.
 */
final class CatalogueChecker {

	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

	private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

	private final CatalogueDocument document;

	private final List<String> problems = new ArrayList<>();

	private final Set<String> sourceIds = new HashSet<>();

	private final Set<String> citedSources = new HashSet<>();

	private final Map<String, String> names = new HashMap<>();

	CatalogueChecker(CatalogueDocument document) {
		this.document = document;
	}

	List<String> problems() {
		if (this.document.schemaVersion() == null || this.document.schemaVersion() != 1) {
			this.problems.add("field 'schema_version': missing or not 1");
		}
		checkSources();
		List<Hyperparameter> parameters = this.document.parameters();
		if (parameters == null || parameters.isEmpty()) {
			this.problems.add("field 'parameters': missing or empty");
			return this.problems;
		}
		parameters.stream().filter((p) -> p.id() != null).forEach(this::claimNames);
		this.document.companionList()
			.stream()
			.filter((c) -> c.id() != null)
			.forEach((c) -> claimNames(c.id(), c.aliases(), "companion"));
		Set<String> ids = new HashSet<>();
		parameters.stream().filter((p) -> p.id() != null).forEach((p) -> ids.add(p.id()));
		for (int i = 0; i < parameters.size(); i++) {
			new EntryChecker(parameters.get(i), "parameters[" + i + "]", ids, this).check();
		}
		for (int i = 0; i < this.document.companionList().size(); i++) {
			new CompanionChecker(this.document.companionList().get(i), "companions[" + i + "]", this).check();
		}
		this.sourceIds.stream()
			.filter((id) -> !this.citedSources.contains(id))
			.sorted()
			.forEach((id) -> this.problems.add("source '" + id + "' is defined but never cited"));
		return this.problems;
	}

	private void checkSources() {
		List<Source> sources = this.document.sources();
		if (sources == null || sources.isEmpty()) {
			this.problems.add("field 'sources': missing or empty");
			return;
		}
		for (int i = 0; i < sources.size(); i++) {
			Source source = sources.get(i);
			String where = "sources[" + i + "]" + ((source.id() != null) ? " '" + source.id() + "'" : "");
			if (source.id() == null || !SOURCE_ID.matcher(source.id()).matches()) {
				this.problems.add(where + ": missing or malformed field 'id'");
			}
			else if (!this.sourceIds.add(source.id())) {
				this.problems.add(where + ": duplicate source id '" + source.id() + "'");
			}
			require(where, "kind", source.kind());
			require(where, "title", source.title());
			require(where, "citation", source.citation());
		}
	}

	private void claimNames(Hyperparameter parameter) {
		claim(parameter.id(), parameter.id(), "id");
		parameter.aliases().forEach((alias) -> claim(alias, parameter.id(), "alias"));
		for (SubParameter sub : parameter.subParameters()) {
			if (sub.id() != null) {
				claim(sub.id(), parameter.id(), "sub-parameter id");
				sub.aliases().forEach((alias) -> claim(alias, parameter.id(), "sub-parameter alias"));
			}
		}
	}

	private void claimNames(String id, List<String> aliases, String kind) {
		claim(id, id, "id", kind);
		aliases.forEach((alias) -> claim(alias, id, "alias", kind));
	}

	private void claim(String name, String owner, String what) {
		claim(name, owner, what, "entry");
	}

	private void claim(String name, String owner, String what, String kind) {
		String key = Names.normalize(name);
		String previous = this.names.putIfAbsent(key, kind + " '" + owner + "'");
		if (previous != null) {
			this.problems.add(kind + " '" + owner + "': duplicate " + what + " '" + name + "' (already used by "
					+ previous + ")");
		}
	}

	void problem(String where, String message) {
		this.problems.add(where + ": " + message);
	}

	boolean require(String where, String field, @Nullable Object value) {
		boolean present = value != null && !(value instanceof String s && s.isBlank())
				&& !(value instanceof List<?> list && list.isEmpty());
		if (!present) {
			problem(where, "missing field '" + field + "'");
		}
		return present;
	}

	void cite(String where, String field, @Nullable List<String> sources) {
		if (sources == null || sources.isEmpty()) {
			problem(where, "missing field '" + field + "'");
			return;
		}
		sources.forEach((id) -> citeOne(where, field, id));
	}

	void citeOne(String where, String field, @Nullable String id) {
		if (id == null || !this.sourceIds.contains(id)) {
			problem(where, "field '" + field + "' cites unknown source '" + id + "'");
		}
		else {
			this.citedSources.add(id);
		}
	}

	void checkDomain(String where, String field, Domain domain) {
		require(where, field + ".description", domain.description());
		checkOrder(where, field, domain.min(), domain.max());
		cite(where, field + ".sources", domain.sources());
		for (Sentinel sentinel : domain.sentinels()) {
			require(where, field + ".sentinels.meaning", sentinel.meaning());
			cite(where, field + ".sentinels.sources", sentinel.sources());
		}
	}

	void checkOrder(String where, String field, @Nullable Double min, @Nullable Double max) {
		if (min != null && max != null && min > max) {
			problem(where, "field '" + field + "': min " + Numbers.format(min) + " exceeds max " + Numbers.format(max));
		}
	}

	static boolean isId(@Nullable String id) {
		return id != null && ID.matcher(id).matches();
	}

}
