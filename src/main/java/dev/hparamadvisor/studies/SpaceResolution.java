package dev.hparamadvisor.studies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.hparamadvisor.RequestProblem.FieldProblem;
import dev.hparamadvisor.catalogue.Catalogue;
import dev.hparamadvisor.catalogue.Term;
import dev.hparamadvisor.catalogue.ValueType;
import dev.hparamadvisor.studies.StudyRequest.DimensionScale;
import dev.hparamadvisor.studies.StudyRequest.DimensionSpec;
import dev.hparamadvisor.studies.StudyRequest.DimensionType;

/**
 * The space a request names, resolved against the catalogue's vocabulary: each name (id
 * or alias) to its canonical id, each range checked against the parameter's kind and hard
 * domain. Every problem is collected, each with a JSON pointer.
 */
final class SpaceResolution {

	private final Catalogue catalogue;

	final List<FieldProblem> problems = new ArrayList<>();

	final Map<String, SpaceDimension> dimensions = new LinkedHashMap<>();

	SpaceResolution(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	SpaceResolution resolve(Map<String, DimensionSpec> space) {
		Map<String, String> namedAs = new LinkedHashMap<>();
		space.forEach((name, spec) -> {
			String pointer = "/space/" + name.replace("~", "~0").replace("/", "~1");
			Optional<Term> term = this.catalogue.vocabulary().term(name);
			if (term.isEmpty()) {
				problem(pointer, "unknown parameter '" + shorten(name) + "'; did you mean "
						+ String.join(", ", this.catalogue.vocabulary().suggest(name)) + "?");
				return;
			}
			String id = term.get().id();
			String earlier = namedAs.putIfAbsent(id, name);
			if (earlier != null) {
				problem(pointer, "names " + id + ", which '" + earlier + "' names already");
				return;
			}
			dimension(pointer, term.get(), spec);
		});
		return this;
	}

	private void dimension(String pointer, Term term, DimensionSpec spec) {
		ValueType kind = term.valueType();
		if (kind == ValueType.BOOLEAN) {
			problem(pointer, term.id() + " is a switch, not searched by a study; fix it in the scenario's tool");
			return;
		}
		if (spec.type() == DimensionType.CHOICE) {
			choice(pointer, term, spec);
			return;
		}
		if (kind == ValueType.CHOICE || kind == ValueType.TEXT) {
			problem(pointer + "/type", term.id() + " takes names: search it as a choice");
			return;
		}
		if (kind == ValueType.INTEGER && spec.type() == DimensionType.FLOAT) {
			problem(pointer + "/type", term.id() + " takes whole numbers: search it as an int");
			return;
		}
		int before = this.problems.size();
		Double min = spec.min();
		Double max = spec.max();
		finite(pointer + "/min", min);
		finite(pointer + "/max", max);
		if (spec.choices() != null) {
			problem(pointer + "/choices", "a " + spec.type().name().toLowerCase() + " range takes no choices");
		}
		if (this.problems.size() > before) {
			return;
		}
		if (min >= max) {
			problem(pointer + "/min", "min (" + min + ") must be below max (" + max + ")");
		}
		boolean log = spec.scale() == DimensionScale.LOG;
		if (log && min <= 0) {
			problem(pointer + "/min", "a log scale needs min above 0, not " + min);
		}
		if (spec.type() == DimensionType.INT && (min != Math.rint(min) || max != Math.rint(max))) {
			problem(pointer, "an int range needs whole-number bounds");
		}
		for (double bound : new double[] { min, max }) {
			if (term.domain() != null && !term.domain().contains(bound)) {
				problem(pointer, term.id() + " must be " + term.domain().description() + "; " + bound + " is not");
				break;
			}
		}
		if (this.problems.size() == before) {
			this.dimensions.put(term.id(), SpaceDimension.numeric(term.id(), spec.type(), min, max,
					log ? DimensionScale.LOG : DimensionScale.LINEAR));
		}
	}

	private void choice(String pointer, Term term, DimensionSpec spec) {
		if (term.valueType() != ValueType.CHOICE && term.valueType() != ValueType.TEXT) {
			problem(pointer + "/type", term.id() + " takes numbers: search it as a float or an int");
			return;
		}
		if (spec.min() != null || spec.max() != null || spec.scale() != null) {
			problem(pointer, "a choice takes choices, not min, max or scale");
			return;
		}
		if (spec.choices() == null || spec.choices().isEmpty()) {
			problem(pointer + "/choices", "a choice needs at least one value");
			return;
		}
		List<String> canonical = new ArrayList<>();
		for (int i = 0; i < spec.choices().size(); i++) {
			String given = spec.choices().get(i);
			Optional<String> known = known(term, given);
			if (known.isEmpty()) {
				problem(pointer + "/choices/" + i, "'" + shorten(given) + "' is not a value of " + term.id());
			}
			else if (canonical.contains(known.get())) {
				problem(pointer + "/choices/" + i, "'" + shorten(given) + "' is given twice");
			}
			else {
				canonical.add(known.get());
			}
		}
		if (canonical.size() == spec.choices().size()) {
			this.dimensions.put(term.id(),
					new SpaceDimension(term.id(), DimensionType.CHOICE, null, null, null, canonical, null));
		}
	}

	private static Optional<String> known(Term term, String given) {
		if (term.entry() != null && term.isEntry() && !term.entry().choices().isEmpty()) {
			return term.entry().choice(given).map(dev.hparamadvisor.catalogue.Choice::value);
		}
		if (!term.choices().isEmpty()) {
			return term.choices().stream().filter((c) -> c.equalsIgnoreCase(given.trim())).findFirst();
		}
		return Optional.of(given.trim());
	}

	private void finite(String pointer, Double value) {
		if (value == null) {
			problem(pointer, "is required for a numeric range");
		}
		else if (!Double.isFinite(value)) {
			problem(pointer, "must be a finite number");
		}
	}

	private void problem(String pointer, String detail) {
		this.problems.add(new FieldProblem(pointer, detail));
	}

	private static String shorten(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "..." : text;
	}

}
