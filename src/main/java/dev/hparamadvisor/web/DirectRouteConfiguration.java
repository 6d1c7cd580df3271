package dev.hparamadvisor.web;

import java.util.List;
import java.util.function.Function;

import dev.hparamadvisor.dialect.ConfigFormat;
import dev.hparamadvisor.estimation.EstimateRequest;
import dev.hparamadvisor.estimation.Estimation;
import dev.hparamadvisor.recommendation.RecommendRequest;
import dev.hparamadvisor.recommendation.Recommender;
import dev.hparamadvisor.validation.ValidationService;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The direct routes: {@code POST /v1/validate}, {@code /v1/estimate} and
 * {@code /v1/recommend}, each calling the same service as its Spring MVC handler. On by
 * default; {@code hparam-advisor.direct-routes.enabled=false} sends every request through
 * Spring MVC.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hparam-advisor.direct-routes.enabled", havingValue = "true", matchIfMissing = true)
class DirectRouteConfiguration {

	@Bean
	FilterRegistrationBean<DirectJsonFilter> directJsonFilter(JsonMapper mapper, Validator validator,
			RequestLimits limits, MeterRegistry registry, ValidationService validation, Estimation estimation,
			Recommender recommender) {
		List<DirectRoute> routes = List.of(
				new DirectRoute("/v1/validate", (body) -> validation.validate(body, ConfigFormat.JSON, null)),
				new DirectRoute("/v1/estimate", read(EstimateRequest.class, estimation::estimate, mapper, validator)),
				new DirectRoute("/v1/recommend",
						read(RecommendRequest.class, recommender::recommend, mapper, validator)));
		FilterRegistrationBean<DirectJsonFilter> registration = new FilterRegistrationBean<>(
				new DirectJsonFilter(routes, mapper, limits, registry));
		// right after the observation and the body limit: a direct answer needs neither
		// form parsing nor the request context (locale, request attributes), which the
		// requests it hands on still pass through before Spring MVC
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/**
	 * A handler for an endpoint that takes {@code @Valid @RequestBody T}: the body read
	 * as Spring MVC reads it (the same mapper), answered only when Bean Validation finds
	 * nothing; {@code null} (no body) and any violation are left to Spring MVC.
	 */
	private static <T> DirectRoute.Handler read(Class<T> type, Function<T, ?> service, JsonMapper mapper,
			Validator validator) {
		return (body) -> {
			T request = mapper.readValue(body, type);
			if (request == null || !validator.validate(request).isEmpty()) {
				return null;
			}
			return service.apply(request);
		};
	}

}
