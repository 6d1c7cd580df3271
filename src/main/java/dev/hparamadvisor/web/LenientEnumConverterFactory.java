package dev.hparamadvisor.web;

import java.lang.reflect.Field;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Reads enum query parameters by their JSON names, in any case: {@code ?phase=Training}.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
class LenientEnumConverterFactory implements ConverterFactory<String, Enum> {

	@Override
	public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
		return (source) -> {
			String wanted = source.trim().replace('-', '_');
			for (Field field : targetType.getFields()) {
				if (!field.isEnumConstant()) {
					continue;
				}
				JsonProperty property = field.getAnnotation(JsonProperty.class);
				String json = (property != null) ? property.value() : field.getName();
				if (json.equalsIgnoreCase(wanted) || field.getName().equalsIgnoreCase(wanted)) {
					return (T) Enum.valueOf(targetType, field.getName());
				}
			}
			throw new IllegalArgumentException("not one of " + Enums.names(targetType));
		};
	}

}
