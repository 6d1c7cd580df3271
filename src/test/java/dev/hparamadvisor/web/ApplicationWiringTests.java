package dev.hparamadvisor.web;

import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The performance wiring is in effect in the running application: Jackson writes through
 * Blackbird, and Bean Validation goes through the precheck.
 */
@SpringBootTest
class ApplicationWiringTests {

	@Autowired
	private JsonMapper mapper;

	@Autowired
	private Validator validator;

	@Test
	void jacksonUsesBlackbird() {
		assertThat(this.mapper.registeredModules()).anySatisfy((module) -> assertThat(module.getClass().getName())
			.isEqualTo("tools.jackson.module.blackbird.BlackbirdModule"));
	}

	@Test
	void beanValidationGoesThroughThePrecheck() {
		assertThat(this.validator).isInstanceOf(PrecheckedValidatorFactoryBean.class);
	}

}
