package dev.hparamadvisor.validation;

import dev.hparamadvisor.catalogue.Catalogue;
import dev.hparamadvisor.dialect.DialectReader;
import jakarta.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The validator and how requests reach it.
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

	@Bean
	ConfigValidator configValidator(Catalogue catalogue) {
		return new ConfigValidator(catalogue);
	}

	@Bean
	DialectReader dialectReader(Catalogue catalogue) {
		return new DialectReader(catalogue);
	}

	@Bean
	ConfigurationIntake configurationIntake(DialectReader reader, JsonMapper mapper, Validator validator) {
		return new ConfigurationIntake(reader, mapper, validator);
	}

	@Bean
	Validation validation(ConfigurationIntake intake, ConfigValidator validator, FindingMetrics metrics) {
		return new Validation(intake, validator, metrics);
	}

}
