package dev.hparamadvisor.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may use the studies. One filter chain, for {@code /v1/studies/**} only: every other
 * path (the stateless endpoints, actuator, Swagger UI, the OpenAPI document, the study
 * page's HTML) does not pass through Spring Security at all and answers exactly as
 * before. With {@code hparam-advisor.security.api-keys} set, a study call needs a key and
 * acts for its tenant; without, studies are open to the tenant {@code default}, and the
 * start-up log says so once. Stateless: no session, no CSRF token (no cookie carries
 * authority), no saved request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiKeys.class)
class StudySecurity {

	private static final Logger log = LoggerFactory.getLogger(StudySecurity.class);

	@Bean
	ApiKeyAuthentication apiKeyAuthentication(ApiKeys keys) {
		return new ApiKeyAuthentication(keys);
	}

	@Bean
	SecurityFilterChain studiesFilterChain(HttpSecurity http, ApiKeys keys, ApiKeyAuthentication provider,
			JsonMapper mapper) throws Exception {
		ProblemEntryPoint entryPoint = new ProblemEntryPoint(mapper);
		AuthenticationManager manager = new ProviderManager(provider);
		http.securityMatcher("/v1/studies/**")
			.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint));
		if (keys.configured()) {
			http.addFilterBefore(new ApiKeyFilter(manager, entryPoint), AnonymousAuthenticationFilter.class)
				.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		}
		else {
			log.warn("No API keys are configured (hparam-advisor.security.api-keys): /v1/studies is open to anyone "
					+ "who reaches the service, and every study belongs to the tenant 'default'.");
			http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		}
		return http.build();
	}

}
