package dev.hparamadvisor.catalogue;

import java.io.IOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the catalogue at start-up; a missing or inconsistent catalogue stops the service.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

	@Bean
	Catalogue catalogue(CatalogueProperties properties) throws IOException {
		return new CatalogueLoader().load(properties.location().getInputStream(),
				properties.location().getDescription());
	}

}
