package dev.hparamadvisor.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may use the studies. One filter chain, for {@code /v1/studies/**} only: every other
 * path (the stateless endpoints, actuator, Swagger UI, the OpenAPI document, the study
 * page's HTML) does not pass through Spring Security at all and answers exactly as
 * before. With {@code hparam-advisor.security.api-keys} set, a study call needs a key and
 * acts for its tenant; without, studies are open to the tenant {@code default}, and the
 * start-up log says so once. Stateless: no session, no CSRF token (no cookie carries
 * authority), no saved request.
 * <p>
 * It implements {@link WebMvcConfigurer}, as {@link WebConfiguration} does, so that
 * {@code @WebMvcTest} slices load this chain too: without it they would get Spring Boot's
 * default chain, which locks every path. And the servlet filter that runs Spring Security
 * is mapped to {@code /v1/studies/*} only, so that no other request meets its firewall or
 * its observations.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiKeys.class)
class StudySecurity implements WebMvcConfigurer {

	private static final Logger log = LoggerFactory.getLogger(StudySecurity.class);

	/**
	 * Maps Spring Boot's registration of the security filter to the studies' paths.
	 * @return the post-processor
	 */
	@Bean
	static BeanPostProcessor securityFilterOnStudiesOnly() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof DelegatingFilterProxyRegistrationBean registration
						&& "securityFilterChainRegistration".equals(name)) {
					registration.setUrlPatterns(List.of("/v1/studies", "/v1/studies/*"));
				}
				return bean;
			}
		};
	}

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
