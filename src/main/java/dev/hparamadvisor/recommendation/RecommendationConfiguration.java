package dev.hparamadvisor.recommendation;

import dev.hparamadvisor.catalogue.Catalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recommender and the exports, built from the catalogue.
 */
@Configuration(proxyBeanMethods = false)
class RecommendationConfiguration {

	@Bean
	Recommender recommender(Catalogue catalogue) {
		return new Recommender(catalogue);
	}

	@Bean
	ToolConfigurations toolConfigurations(Catalogue catalogue) {
		return new ToolConfigurations(catalogue);
	}

}
