package dev.hparamadvisor.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Checks one catalogue entry: required fields, types against choices and domains, ranges
 * in order, and references to sources and other entries.
 */
final class EntryChecker {

	private final Hyperparameter entry;

	private final String where;

	private final Set<String> ids;

	private final CatalogueChecker checker;

	EntryChecker(Hyperparameter entry, String index, Set<String> ids, CatalogueChecker checker) {
		this.entry = entry;
		this.where = (entry.id() != null) ? "entry '" + entry.id() + "' (" + index + ")" : index;
		this.ids = ids;
		this.checker = checker;
	}

	void check() {
		if (!CatalogueChecker.isId(this.entry.id())) {
			this.checker.problem(this.where, "missing or malformed field 'id' (snake_case expected)");
		}
		this.checker.require(this.where, "name", this.entry.name());
		this.checker.require(this.where, "phase", this.entry.phase());
		this.checker.require(this.where, "category", this.entry.category());
		this.checker.require(this.where, "summary", this.entry.summary());
		this.checker.require(this.where, "explanation", this.entry.explanation());
		if (this.checker.require(this.where, "effects", this.entry.effects())) {
			this.checker.require(this.where, "effects.increase", this.entry.effects().increase());
			this.checker.require(this.where, "effects.decrease", this.entry.effects().decrease());
		}
		if (this.checker.require(this.where, "value_type", this.entry.valueType())
				&& this.checker.require(this.where, "scale", this.entry.scale())) {
			checkShape();
		}
		checkEbook("ebook", this.entry.ebook(), true);
		checkDefault();
		checkPractice();
		for (String related : this.entry.related()) {
			if (!this.ids.contains(related) || related.equals(this.entry.id())) {
				this.checker.problem(this.where, "field 'related' names unknown entry '" + related + "'");
			}
		}
		for (int i = 0; i < this.entry.subParameters().size(); i++) {
			checkSub(this.entry.subParameters().get(i), "sub_parameters[" + i + "]");
		}
		if (this.entry.erratum() != null) {
			Erratum erratum = this.entry.erratum();
			this.checker.require(this.where, "erratum.summary", erratum.summary());
			this.checker.require(this.where, "erratum.ebook_definition", erratum.ebookDefinition());
			this.checker.require(this.where, "erratum.correct_definition", erratum.correctDefinition());
			this.checker.cite(this.where, "erratum.sources", erratum.sources());
		}
	}

	private void checkShape() {
		boolean choice = this.entry.valueType() == ValueType.CHOICE;
		if (choice != (this.entry.scale() == Scale.CATEGORICAL)) {
			this.checker.problem(this.where, "field 'scale' must be categorical exactly for choice entries");
		}
		if (choice) {
			if (this.checker.require(this.where, "choices", this.entry.choices())) {
				checkChoices();
			}
		}
		else {
			if (!this.entry.choices().isEmpty()) {
				this.checker.problem(this.where, "field 'choices' is only for value_type choice");
			}
			if (this.checker.require(this.where, "domain", this.entry.domain())) {
				checkDomain("domain", this.entry.domain());
			}
		}
	}

	private void checkChoices() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < this.entry.choices().size(); i++) {
			Choice choice = this.entry.choices().get(i);
			String field = "choices[" + i + "]";
			if (this.checker.require(this.where, field + ".value", choice.value())) {
				for (String name : concat(choice.value(), choice.aliases())) {
					// the form Hyperparameter.choice matches in: CosineDecay and
					// cosine_decay differ
					if (!seen.add(name.trim().toLowerCase(java.util.Locale.ROOT))) {
						this.checker.problem(this.where, "duplicate choice name '" + name + "' in " + field);
					}
				}
			}
			this.checker.require(this.where, field + ".summary", choice.summary());
			this.checker.cite(this.where, field + ".sources", choice.sources());
			for (String target : choice.serves()) {
				if (!target.equals(Choice.REGRESSION)
						&& java.util.Arrays.stream(Task.values()).noneMatch((task) -> task.jsonName().equals(target))) {
					this.checker.problem(this.where,
							field + ".serves names '" + target + "', which is neither a task nor " + Choice.REGRESSION);
				}
			}
		}
	}

	private static List<String> concat(String first, List<String> rest) {
		List<String> all = new java.util.ArrayList<>(rest);
		all.add(0, first);
		return all;
	}

	private void checkEbook(String field, @Nullable EbookRange ebook, boolean required) {
		if (ebook == null) {
			if (required) {
				this.checker.problem(this.where, "missing field '" + field + "'");
			}
			return;
		}
		if (ebook.section() < 1 || ebook.section() > 19) {
			this.checker.problem(this.where, "field '" + field + ".section' must be 1 to 19");
		}
		this.checker.require(this.where, field + ".text", ebook.text());
		this.checker.citeOne(this.where, field, "ebook");
		checkOrder(field, ebook.min(), ebook.max());
		if ((ebook.min() == null) != (ebook.max() == null)) {
			this.checker.problem(this.where, "field '" + field + "' gives only one end of its range");
		}
	}

	private void checkOrder(String field, @Nullable Double min, @Nullable Double max) {
		this.checker.checkOrder(this.where, field, min, max);
	}

	private void checkDomain(String field, Domain domain) {
		this.checker.checkDomain(this.where, field, domain);
	}

	private void checkDefault() {
		DefaultValue value = this.entry.defaultValue();
		if (!this.checker.require(this.where, "default", value)) {
			return;
		}
		this.checker.citeOne(this.where, "default.source", value.source());
		Double number = value.numeric();
		Domain domain = this.entry.domain();
		if (number != null && domain != null && !domain.contains(number) && domain.sentinel(number) == null) {
			this.checker.problem(this.where,
					"field 'default': " + Numbers.format(number) + " is outside the domain " + domain.description());
		}
		if (value.value() instanceof String name && this.entry.valueType() == ValueType.CHOICE
				&& this.entry.choice(name).isEmpty()) {
			this.checker.problem(this.where, "field 'default': '" + name + "' is not one of the choices");
		}
	}

	private void checkPractice() {
		java.util.Map<PracticeContext, Integer> contexts = new java.util.HashMap<>();
		for (int i = 0; i < this.entry.practice().size(); i++) {
			PracticeRange range = this.entry.practice().get(i);
			String field = "practice[" + i + "]";
			Integer twin = contexts.putIfAbsent(range.context(), i);
			if (twin != null) {
				this.checker.problem(this.where, "field '" + field + "' has the same context as practice[" + twin
						+ "]; merge them, or the second is never used");
			}
			this.checker.require(this.where, field + ".label", range.label());
			this.checker.cite(this.where, field + ".sources", range.sources());
			checkOrder(field, range.min(), range.max());
			if (this.entry.valueType() == ValueType.CHOICE) {
				this.checker.require(this.where, field + ".values", range.values());
				range.values()
					.stream()
					.filter((v) -> this.entry.choice(v).isEmpty())
					.forEach((v) -> this.checker.problem(this.where,
							"field '" + field + ".values': unknown choice '" + v + "'"));
			}
			else {
				this.checker.require(this.where, field + ".min", range.min());
				this.checker.require(this.where, field + ".max", range.max());
				if (range.typical() != null && range.min() != null && range.max() != null
						&& !range.contains(range.typical())) {
					this.checker.problem(this.where, "field '" + field + ".typical' lies outside min..max");
				}
			}
		}
	}

	private void checkSub(SubParameter sub, String field) {
		String subWhere = field + ((sub.id() != null) ? " '" + sub.id() + "'" : "");
		if (!CatalogueChecker.isId(sub.id())) {
			this.checker.problem(this.where, "missing or malformed field '" + field + ".id'");
		}
		this.checker.require(this.where, subWhere + ".name", sub.name());
		this.checker.require(this.where, subWhere + ".summary", sub.summary());
		this.checker.require(this.where, subWhere + ".value_type", sub.valueType());
		this.checker.cite(this.where, subWhere + ".sources", sub.sources());
		if (this.checker.require(this.where, subWhere + ".default", sub.defaultValue())) {
			this.checker.citeOne(this.where, subWhere + ".default.source", sub.defaultValue().source());
		}
		if (sub.domain() != null) {
			checkDomain(subWhere + ".domain", sub.domain());
		}
		checkEbook(subWhere + ".ebook", sub.ebook(), false);
		if (sub.typical() != null) {
			checkOrder(subWhere + ".typical", sub.typical().min(), sub.typical().max());
		}
		for (String applies : sub.appliesTo()) {
			if (this.entry.choice(applies).isEmpty()) {
				this.checker.problem(this.where,
						"field '" + subWhere + ".applies_to' names unknown choice '" + applies + "'");
			}
		}
	}

}
