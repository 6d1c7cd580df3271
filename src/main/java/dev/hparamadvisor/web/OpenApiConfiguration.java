package dev.hparamadvisor.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's metadata.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String DESCRIPTION = """
			Advises ML platforms on the hyperparameters of fine-tuning and running large language models.

			* `GET /v1/parameters`: the catalogue of 19 hyperparameters, with the source ebook's ranges, \
			hard domains, ranges seen in practice by context, defaults and sources.
			* `POST /v1/validate`, `POST /v1/estimate`, `POST /v1/recommend`: see their operations.

			Every error is an RFC 9457 `application/problem+json` document with a stable `type` URI \
			(explained at that URI, under `/problems/`), a human `title`, a `detail`, and for field problems \
			an `errors` array of `{pointer, detail}`.
			""";

	@Bean
	OpenAPI hparamAdvisorOpenApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		String version = (properties != null) ? properties.getVersion() : "development";
		return new OpenAPI().info(new Info().title("hparam-advisor")
			.description(DESCRIPTION)
			.version(version)
			.license(new License().name("Apache-2.0")));
	}

}
