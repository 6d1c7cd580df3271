package dev.hparamadvisor.web;

import java.util.Collection;
import java.util.Map;

/**
 * Names Java types in JSON's words, so answers never show a class name.
 */
final class TypeNames {

	private TypeNames() {
	}

	static String of(Class<?> type) {
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "boolean (true or false)";
		}
		if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
			return "string";
		}
		if (type.isEnum()) {
			return "one of " + Enums.names(type);
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "array";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return "object";
		}
		return "value of another type";
	}

}
