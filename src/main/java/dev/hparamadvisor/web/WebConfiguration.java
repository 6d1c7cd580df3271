package dev.hparamadvisor.web;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request limits, lenient enum query parameters, the query parameter guard, and Bean
 * Validation with a precheck.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.class)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new LenientEnumConverterFactory());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new QueryParameterGuard()).addPathPatterns("/v1/**");
	}

	/**
	 * Bean Validation as Spring Boot sets it up (its message interpolator and
	 * configuration customizers), with a precheck that lets valid requests through
	 * without Hibernate Validator's per-call cost.
	 */
	@Bean
	static PrecheckedValidatorFactoryBean defaultValidator(ApplicationContext context,
			ObjectProvider<ValidationConfigurationCustomizer> customizers) {
		PrecheckedValidatorFactoryBean validator = new PrecheckedValidatorFactoryBean();
		validator.setConfigurationInitializer((configuration) -> customizers.orderedStream()
			.forEach((customizer) -> customizer.customize(configuration)));
		validator.setMessageInterpolator(new MessageInterpolatorFactory(context).getObject());
		return validator;
	}

	@Bean
	FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(RequestLimits limits, JsonMapper mapper) {
		FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(
				new BodyLimitFilter(limits, mapper));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
