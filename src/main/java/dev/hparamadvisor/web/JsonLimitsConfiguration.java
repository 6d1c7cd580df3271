package dev.hparamadvisor.web;

import java.util.List;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;

/**
 * The JSON reader every endpoint uses, with limits a request cannot get around: nesting
 * depth, number and string lengths, and duplicate keys refused rather than silently
 * overwritten. Boot's customizers (the {@code spring.jackson.*} properties) still apply.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimitsConfiguration {

	@Bean
	@Scope("prototype")
	JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers, RequestLimits limits) {
		StreamReadConstraints constraints = StreamReadConstraints.builder()
			.maxNestingDepth(limits.maxNestingDepth())
			.maxNumberLength(limits.maxNumberLength())
			.maxStringLength(limits.maxStringLength())
			.maxNameLength(limits.maxStringLength())
			.maxTokenCount(limits.maxTokens())
			.build();
		JsonFactory factory = JsonFactory.builder()
			.streamReadConstraints(constraints)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.build();
		JsonMapper.Builder builder = JsonMapper.builder(factory);
		List<JsonMapperBuilderCustomizer> ordered = new java.util.ArrayList<>(customizers);
		AnnotationAwareOrderComparator.sort(ordered);
		ordered.forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

}
