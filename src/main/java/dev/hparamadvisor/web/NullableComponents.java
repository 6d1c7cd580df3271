package dev.hparamadvisor.web;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.properties.SpringDocConfigProperties;

import org.springframework.stereotype.Component;

/**
 * Documents the record components marked {@code @Nullable} (JSpecify) as nullable, so the
 * schema says what the service sends: {@code "url": null} is a valid source. swagger-core
 * reads only declaration annotations, and JSpecify's is a type annotation.
 * <p>
 * OpenAPI 3.1 adds {@code "null"} to the type, or wraps a {@code $ref} in
 * {@code anyOf [ref, null]}; OpenAPI 3.0 sets {@code nullable: true}, and for a reference
 * says {@code anyOf [ref, {type: object, nullable: true, enum: [null]}]}.
 */
@Component
class NullableComponents implements ModelConverter {

	private final boolean openApi31;

	NullableComponents(SpringDocConfigProperties properties) {
		this.openApi31 = properties.isOpenapi31();
	}

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		Schema schema = chain.next().resolve(type, context, chain);
		JavaType javaType = Json.mapper().constructType(type.getType());
		Class<?> raw = (javaType != null) ? javaType.getRawClass() : null;
		Schema model = model(schema, context);
		if (model == null || raw == null || !raw.isRecord() || model.getProperties() == null) {
			return schema;
		}
		Map<String, Schema> properties = model.getProperties();
		for (RecordComponent component : raw.getRecordComponents()) {
			String name = jsonName(component);
			Schema property = properties.get(name);
			if (property != null && component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
				properties.put(name, nullable(property, this.openApi31));
			}
		}
		return schema;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema nullable(Schema property, boolean openApi31) {
		if (openApi31) {
			if (property.get$ref() != null) {
				return new Schema(SpecVersion.V31).description(property.getDescription())
					.anyOf(List.of(new Schema(SpecVersion.V31).$ref(property.get$ref()),
							new Schema(SpecVersion.V31).typesItem("null")));
			}
			if (property.getTypes() != null && !property.getTypes().isEmpty()) {
				property.addType("null");
			}
			return property;
		}
		if (property.get$ref() != null) {
			// nullable applies only beside a type in 3.0.3, and a referenced object
			// refuses
			// null: the portable form is anyOf [ref, an object that can only be null]
			Schema onlyNull = new Schema().type("object").nullable(true);
			onlyNull.setEnum(java.util.Collections.singletonList(null));
			return new Schema().description(property.getDescription())
				.anyOf(List.of(new Schema().$ref(property.get$ref()), onlyNull));
		}
		if (property.getType() == null) {
			// no type: any value, null included
			return property;
		}
		return property.nullable(true);
	}

	/** The model a resolved schema defines, looked up when it is a reference. */
	@SuppressWarnings("rawtypes")
	static @Nullable Schema model(@Nullable Schema schema, ModelConverterContext context) {
		if (schema == null || schema.get$ref() == null) {
			return schema;
		}
		String ref = schema.get$ref();
		return context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
	}

	static String jsonName(RecordComponent component) {
		JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
		return (property != null && !property.value().isEmpty()) ? property.value() : component.getName();
	}

}
