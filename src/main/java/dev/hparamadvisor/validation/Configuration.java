package dev.hparamadvisor.validation;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.hparamadvisor.catalogue.Catalogue;
import org.jspecify.annotations.Nullable;

/**
 * A configuration after normalization: canonical names to typed values (Double, Long,
 * Boolean, String), what is known of the run, what follows from both, and the dialect the
 * configuration was written in.
 *
 * @param values canonical name to value
 * @param context facts about the run
 * @param derived quantities that follow from values and context
 * @param dialect the tool whose rules apply, when one was named
 * @param catalogue the catalogue, for ranges and sources
 */
public record Configuration(Map<String, Object> values, ValidationContext context, Derived derived,
		@Nullable String dialect, Catalogue catalogue) {

	public boolean has(String name) {
		return this.values.containsKey(name);
	}

	/** The value as a number, when it is one. */
	public OptionalDouble number(String name) {
		Object value = this.values.get(name);
		return (value instanceof Number n) ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty();
	}

	/** The value as a number, or a fallback. */
	public double number(String name, double fallback) {
		return number(name).orElse(fallback);
	}

	/** The value as a name (choices are canonical). */
	public Optional<String> text(String name) {
		Object value = this.values.get(name);
		return (value instanceof String s) ? Optional.of(s) : Optional.empty();
	}

	/** The value as a flag. */
	public Optional<Boolean> flag(String name) {
		Object value = this.values.get(name);
		return (value instanceof Boolean b) ? Optional.of(b) : Optional.empty();
	}

	/** The value as given. */
	public @Nullable Object value(String name) {
		return this.values.get(name);
	}

}
