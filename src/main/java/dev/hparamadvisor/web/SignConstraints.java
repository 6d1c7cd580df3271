package dev.hparamadvisor.web;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;

import org.springframework.stereotype.Component;

/**
 * Documents {@code @Positive} and {@code @PositiveOrZero} as the lower bounds they are
 * (swagger-core maps {@code @Min} and {@code @DecimalMin} but not these), so clients and
 * schema-driven tests know that a batch size of 0 is refused.
 */
@Component
class SignConstraints implements PropertyCustomizer {

	private final boolean openApi31;

	SignConstraints(SpringDocConfigProperties properties) {
		this.openApi31 = properties.isOpenapi31();
	}

	@Override
	@SuppressWarnings("rawtypes")
	public Schema customize(Schema property, AnnotatedType type) {
		Annotation[] annotations = type.getCtxAnnotations();
		if (annotations == null || property.getMinimum() != null || property.getExclusiveMinimumValue() != null) {
			return property;
		}
		boolean positive = has(annotations, Positive.class);
		boolean positiveOrZero = has(annotations, PositiveOrZero.class);
		if (!positive && !positiveOrZero) {
			return property;
		}
		if (isType(property, "integer")) {
			property.setMinimum(positive ? BigDecimal.ONE : BigDecimal.ZERO);
		}
		else if (isType(property, "number")) {
			property.setMinimum(BigDecimal.ZERO);
			if (positive && this.openApi31) {
				property.setMinimum(null);
				property.setExclusiveMinimumValue(BigDecimal.ZERO);
			}
			else if (positive) {
				property.setExclusiveMinimum(true);
			}
		}
		return property;
	}

	private static boolean isType(Schema<?> schema, String name) {
		Set<String> types = schema.getTypes();
		return name.equals(schema.getType()) || (types != null && types.contains(name));
	}

	private static boolean has(Annotation[] annotations, Class<? extends Annotation> type) {
		for (Annotation annotation : annotations) {
			if (type.isInstance(annotation)) {
				return true;
			}
		}
		return false;
	}

}
