package dev.hparamadvisor.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.properties.SpringDocConfigProperties;

import org.springframework.stereotype.Component;

/**
 * Documents a record component of Java type {@code Object} (a default, a finding's value
 * or suggestion: a number, a string or a boolean), and the values of a
 * {@code Map<String, Object>} (the hyperparameters, the normalized values), as any value
 * in OpenAPI 3.0 too, where swagger-core declares it {@code type: object} and so refuses
 * the numbers the service sends. OpenAPI 3.1 already says {@code {}}.
 */
@Component
class AnyValues implements ModelConverter {

	private final boolean openApi31;

	AnyValues(SpringDocConfigProperties properties) {
		this.openApi31 = properties.isOpenapi31();
	}

	@Override
	@SuppressWarnings("rawtypes")
	public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		Schema schema = chain.next().resolve(type, context, chain);
		if (this.openApi31) {
			return schema;
		}
		JavaType javaType = Json.mapper().constructType(type.getType());
		Schema model = NullableComponents.model(schema, context);
		if (model == null || javaType == null || !javaType.getRawClass().isRecord() || model.getProperties() == null) {
			return schema;
		}
		for (RecordComponent component : javaType.getRawClass().getRecordComponents()) {
			Object property = model.getProperties().get(NullableComponents.jsonName(component));
			if (!(property instanceof Schema documented)) {
				continue;
			}
			if (component.getType() == Object.class) {
				anyValue(documented);
			}
			else if (Map.class.isAssignableFrom(component.getType())
					&& component.getGenericType() instanceof ParameterizedType map
					&& map.getActualTypeArguments()[1] == Object.class
					&& documented.getAdditionalProperties() instanceof Schema values) {
				anyValue(values);
			}
		}
		return schema;
	}

	@SuppressWarnings("rawtypes")
	private static void anyValue(Schema schema) {
		if ("object".equals(schema.getType()) && schema.getProperties() == null) {
			schema.setType(null);
		}
	}

}
