package dev.hparamadvisor.web;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How a request is read: the {@link RequestLimits}, each applied once (the body size by
 * {@link BodyLimitFilter}, the rest by Jackson for JSON and by
 * {@link ConfigDocumentConverter}'s parser for configuration bodies), lenient enum query
 * parameters and the query parameter guard.
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

	@Bean
	FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(RequestLimits limits, JsonMapper mapper) {
		FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(
				new BodyLimitFilter(limits, mapper));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * The JSON reader every endpoint uses: the limits as Jackson's constraints, and
	 * duplicate keys refused rather than silently overwritten. Boot's customizers (the
	 * {@code spring.jackson.*} properties) still apply.
	 */
	@Bean
	@Scope("prototype")
	JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers, RequestLimits limits) {
		JsonFactory factory = JsonFactory.builder()
			.streamReadConstraints(limits.jsonConstraints())
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.build();
		JsonMapper.Builder builder = JsonMapper.builder(factory);
		// a number or a flag where text is due is a 400, as "4" where a number is due is
		// (spring.jackson.mapper.allow-coercion-of-scalars covers only the latter)
		builder.withCoercionConfig(tools.jackson.databind.type.LogicalType.Textual, (config) -> {
			config.setCoercion(tools.jackson.databind.cfg.CoercionInputShape.Integer,
					tools.jackson.databind.cfg.CoercionAction.Fail);
			config.setCoercion(tools.jackson.databind.cfg.CoercionInputShape.Float,
					tools.jackson.databind.cfg.CoercionAction.Fail);
			config.setCoercion(tools.jackson.databind.cfg.CoercionInputShape.Boolean,
					tools.jackson.databind.cfg.CoercionAction.Fail);
		});
		List<JsonMapperBuilderCustomizer> ordered = new ArrayList<>(customizers);
		AnnotationAwareOrderComparator.sort(ordered);
		ordered.forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	/**
	 * Configuration bodies of {@code POST /v1/validate}, JSON or YAML, with the keys
	 * written twice recorded.
	 */
	@Bean
	ConfigDocumentConverter configDocumentConverter(RequestLimits limits) {
		return new ConfigDocumentConverter(limits);
	}

}
