package dev.hparamadvisor.web;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON names of an enum's constants.
 */
final class Enums {

	private Enums() {
	}

	static String names(Class<?> enumType) {
		return Arrays.stream(enumType.getFields()).filter(Field::isEnumConstant).map((field) -> {
			JsonProperty property = field.getAnnotation(JsonProperty.class);
			return (property != null) ? property.value() : field.getName();
		}).collect(Collectors.joining(", ", "[", "]"));
	}

}
