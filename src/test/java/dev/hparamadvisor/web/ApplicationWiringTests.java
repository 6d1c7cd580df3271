package dev.hparamadvisor.web;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The performance wiring is in effect in the running application: Jackson writes through
 * Blackbird.
 */
@SpringBootTest
class ApplicationWiringTests {

	@Autowired
	private JsonMapper mapper;

	@Test
	void jacksonUsesBlackbird() {
		assertThat(this.mapper.registeredModules()).anySatisfy((module) -> assertThat(module.getClass().getName())
			.isEqualTo("tools.jackson.module.blackbird.BlackbirdModule"));
	}

}
