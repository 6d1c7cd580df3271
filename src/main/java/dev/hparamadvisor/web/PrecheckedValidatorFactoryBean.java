package dev.hparamadvisor.web;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The application's Bean Validation {@code Validator} (Hibernate Validator, configured as
 * Spring Boot configures its default one), with {@link ConstraintPrecheck} in front: a
 * request that is certainly valid is answered without Hibernate Validator, anything else
 * goes to it unchanged, so every violation and message is Hibernate Validator's own.
 * <p>
 * Being a {@code jakarta.validation.Validator} bean, it replaces Boot's default one:
 * Spring MVC validates {@code @Valid} request bodies with it, and the capabilities that
 * validate parts of a request themselves get it injected.
 */
class PrecheckedValidatorFactoryBean extends LocalValidatorFactoryBean {

	private final ConstraintPrecheck precheck = new ConstraintPrecheck();

	@Override
	public void validate(@Nullable Object target, Errors errors) {
		if (!this.precheck.certainlyValid(target)) {
			super.validate(target, errors);
		}
	}

	@Override
	public void validate(@Nullable Object target, Errors errors, Object... validationHints) {
		if (validationHints.length > 0 || !this.precheck.certainlyValid(target)) {
			super.validate(target, errors, validationHints);
		}
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
		if (groups.length == 0 && this.precheck.certainlyValid(object)) {
			return Set.of();
		}
		return super.validate(object, groups);
	}

}
