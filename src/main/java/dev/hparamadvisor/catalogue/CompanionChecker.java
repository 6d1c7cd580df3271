package dev.hparamadvisor.catalogue;

import java.util.HashSet;
import java.util.Set;

/**
 * Checks one companion: an id, a summary and sources; a domain exactly for numbers,
 * choices exactly for a choice, neither for flags and text.
 */
final class CompanionChecker {

	private final Companion companion;

	private final String where;

	private final CatalogueChecker checker;

	CompanionChecker(Companion companion, String index, CatalogueChecker checker) {
		this.companion = companion;
		this.where = (companion.id() != null) ? "companion '" + companion.id() + "' (" + index + ")" : index;
		this.checker = checker;
	}

	void check() {
		if (!CatalogueChecker.isId(this.companion.id())) {
			this.checker.problem(this.where, "missing or malformed field 'id' (snake_case expected)");
		}
		this.checker.require(this.where, "summary", this.companion.summary());
		this.checker.cite(this.where, "sources", this.companion.sources());
		if (!this.checker.require(this.where, "value_type", this.companion.valueType())) {
			return;
		}
		ValueType type = this.companion.valueType();
		boolean number = type == ValueType.FLOAT || type == ValueType.INTEGER;
		if (number && this.checker.require(this.where, "domain", this.companion.domain())) {
			this.checker.checkDomain(this.where, "domain", this.companion.domain());
		}
		else if (!number && this.companion.domain() != null) {
			this.checker.problem(this.where, "field 'domain' is only for value_type float or integer");
		}
		if (type == ValueType.CHOICE && this.checker.require(this.where, "choices", this.companion.choices())) {
			Set<String> seen = new HashSet<>();
			this.companion.choices()
				.stream()
				.filter((choice) -> !seen.add(choice.trim().toLowerCase(java.util.Locale.ROOT)))
				.forEach((choice) -> this.checker.problem(this.where, "duplicate choice '" + choice + "'"));
		}
		else if (type != ValueType.CHOICE && !this.companion.choices().isEmpty()) {
			this.checker.problem(this.where, "field 'choices' is only for value_type choice");
		}
	}

}
