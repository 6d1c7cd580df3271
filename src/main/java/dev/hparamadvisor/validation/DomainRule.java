package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.hparamadvisor.catalogue.Domain;
import dev.hparamadvisor.catalogue.Sentinel;
import dev.hparamadvisor.catalogue.Term;
import dev.hparamadvisor.catalogue.ValueType;
import dev.hparamadvisor.catalogue.Vocabulary;

/**
 * One rule for every single-parameter domain, driven by the catalogue (its companions
 * too): a value outside the hard domain is impossible, a fraction where whole numbers are
 * required is wrong, and a value that means "off" in some tools is pointed out.
 */
final class DomainRule implements Rule {

	private final Vocabulary vocabulary;

	DomainRule(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	@Override
	public List<Finding> check(Configuration configuration) {
		List<Finding> findings = new ArrayList<>();
		for (Map.Entry<String, Object> entry : configuration.values().entrySet()) {
			if (!(entry.getValue() instanceof Number number)) {
				continue;
			}
			Optional<Term> knob = this.vocabulary.term(entry.getKey());
			if (knob.isEmpty() || knob.get().domain() == null) {
				continue;
			}
			check(knob.get(), number.doubleValue(), findings);
		}
		return findings;
	}

	private void check(Term knob, double value, List<Finding> findings) {
		Domain domain = knob.domain();
		String name = knob.id();
		if (!domain.withinBounds(value)) {
			findings.add(Finding.of(name, ValidationCodes.OUT_OF_DOMAIN)
				.value(Sizes.boxed(value))
				.expected(domain.description())
				.sources(domain.sources())
				.message(name + " = " + Sizes.n(value) + " is impossible: it must be " + domain.description() + "."));
			return;
		}
		boolean ratioAsSteps = name.equals("warmup_steps") && value > 0 && value < 1;
		if ((domain.integer() || knob.valueType() == ValueType.INTEGER) && value != Math.rint(value) && !ratioAsSteps) {
			findings.add(Finding.of(name, ValidationCodes.NOT_AN_INTEGER)
				.value(Sizes.boxed(value))
				.expected("a whole number")
				.suggestion((long) Math.max(Math.round(value), (domain.min() != null) ? domain.min() : 0))
				.sources(domain.sources())
				.message(name + " = " + Sizes.n(value) + " must be a whole number."));
			return;
		}
		Sentinel sentinel = domain.sentinel(value);
		Object defaultValue = knob.isEntry() ? knob.entry().defaultValue().value() : null;
		boolean isDefault = defaultValue instanceof Number d && d.doubleValue() == value;
		if (sentinel != null && !isDefault) {
			findings.add(Finding.of(name, ValidationCodes.SPECIAL_VALUE)
				.value(Sizes.boxed(value))
				.sources(sentinel.sources())
				.message(name + " = " + Sizes.n(value) + " has a special meaning: " + sentinel.meaning()));
		}
	}

}
