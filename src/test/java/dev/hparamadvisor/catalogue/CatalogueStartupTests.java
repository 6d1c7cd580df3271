package dev.hparamadvisor.catalogue;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broken catalogue stops the service at start-up, with the loader's message.
 */
class CatalogueStartupTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(CatalogueOnly.class);

	@Test
	void theBundledCatalogueStarts() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.getBean(Catalogue.class)
			.satisfies((catalogue) -> assertThat(catalogue.all()).hasSize(19)));
	}

	@Test
	void aBrokenCatalogueStopsStartUpNamingEntryAndField() {
		this.runner.withPropertyValues("hparam-advisor.catalogue.location=classpath:catalogue/broken.yaml")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidCatalogueException.class)
				.hasMessageContaining("entry 'dropout'")
				.hasMessageContaining("missing field 'summary'"));
	}

	@Configuration(proxyBeanMethods = false)
	@Import(CatalogueConfiguration.class)
	@EnableConfigurationProperties(CatalogueProperties.class)
	static class CatalogueOnly {

	}

}
