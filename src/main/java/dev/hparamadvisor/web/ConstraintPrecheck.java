package dev.hparamadvisor.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * Answers, cheaply, whether Bean Validation would find nothing wrong with a request
 * record, so that a valid request (the usual case) does not pay for Hibernate Validator's
 * general machinery on every call.
 * <p>
 * It answers <em>certainly valid</em> only when it understands every constraint on the
 * object graph: records whose components carry {@code @NotNull}, {@code @Min},
 * {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax}, {@code @Positive},
 * {@code @PositiveOrZero} (default group) on whole numbers and finite doubles, and
 * {@code @Valid} on nested records. Anything else (another constraint, a group, a
 * constraint on a type argument or on the class, a double at or within rounding distance
 * of a bound, NaN, an infinity, zero under a sign constraint) gets "not certain", and
 * Hibernate Validator decides and writes the messages. A test checks on random and
 * boundary values that "certainly valid" is never said where Hibernate Validator finds a
 * violation.
 */
final class ConstraintPrecheck {

	/** Deeper graphs are left to Hibernate Validator. */
	private static final int MAX_DEPTH = 16;

	private final ClassValue<Plan> plans = new ClassValue<>() {
		@Override
		protected Plan computeValue(Class<?> type) {
			return Plan.of(type);
		}
	};

	/** Whether Bean Validation (default group) would certainly find no violation. */
	boolean certainlyValid(@Nullable Object bean) {
		return bean != null && valid(bean, 0);
	}

	/** Whether this checker understands every constraint of {@code type}. */
	boolean understands(Class<?> type) {
		return this.plans.get(type).understood;
	}

	private boolean valid(Object bean, int depth) {
		Plan plan = this.plans.get(bean.getClass());
		if (!plan.understood || depth > MAX_DEPTH) {
			return false;
		}
		for (ComponentCheck check : plan.checks) {
			Object value = check.read(bean);
			if (value == null) {
				if (check.notNull) {
					return false;
				}
				continue;
			}
			for (ValueCheck valueCheck : check.values) {
				if (!valueCheck.certainlyValid(value)) {
					return false;
				}
			}
			if (check.cascade && !(value.getClass().isRecord() && valid(value, depth + 1))) {
				return false;
			}
		}
		return true;
	}

	/** The checks of one record type, or {@code understood == false}. */
	private record Plan(boolean understood, List<ComponentCheck> checks) {

		private static final Plan UNKNOWN = new Plan(false, List.of());

		static Plan of(Class<?> type) {
			if (!type.isRecord() || hasConstraint(type.getAnnotations()) || constrainedInterfaces(type)) {
				return UNKNOWN;
			}
			List<ComponentCheck> checks = new ArrayList<>();
			for (RecordComponent component : type.getRecordComponents()) {
				ComponentCheck check = ComponentCheck.of(type, component);
				if (check == null) {
					return UNKNOWN;
				}
				if (check.notNull || check.cascade || !check.values.isEmpty()) {
					checks.add(check);
				}
			}
			return new Plan(true, List.copyOf(checks));
		}

		private static boolean constrainedInterfaces(Class<?> type) {
			for (Class<?> contract : type.getInterfaces()) {
				for (Method method : contract.getMethods()) {
					if (hasConstraint(method.getAnnotations()) || method.isAnnotationPresent(Valid.class)) {
						return true;
					}
				}
			}
			return false;
		}

	}

	/** The constraints on one record component. */
	private record ComponentCheck(Method accessor, boolean notNull, boolean cascade, List<ValueCheck> values) {

		static @Nullable ComponentCheck of(Class<?> type, RecordComponent component) {
			Field field;
			try {
				field = type.getDeclaredField(component.getName());
			}
			catch (NoSuchFieldException ex) {
				return null;
			}
			Method accessor = component.getAccessor();
			if (!constraints(accessor.getAnnotations()).equals(constraints(field.getAnnotations()))
					|| accessor.isAnnotationPresent(Valid.class) != field.isAnnotationPresent(Valid.class)
					|| constrainedTypeArguments(field.getAnnotatedType())) {
				// constraints of the accessor's own (a component's annotations reach
				// both, meaning the same) or on a list's elements: not handled here
				return null;
			}
			boolean notNull = false;
			List<ValueCheck> values = new ArrayList<>();
			for (Annotation annotation : field.getAnnotations()) {
				if (!isConstraint(annotation.annotationType())) {
					continue;
				}
				if (!defaultGroup(annotation)) {
					return null;
				}
				if (annotation instanceof NotNull) {
					notNull = true;
					continue;
				}
				ValueCheck check = ValueCheck.of(annotation);
				if (check == null) {
					return null;
				}
				values.add(check);
			}
			try {
				accessor.setAccessible(true);
			}
			catch (RuntimeException ex) {
				return null;
			}
			return new ComponentCheck(accessor, notNull, field.isAnnotationPresent(Valid.class), List.copyOf(values));
		}

		@Nullable Object read(Object bean) {
			try {
				return this.accessor.invoke(bean);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("Cannot read " + this.accessor, ex);
			}
		}

		private static boolean constrainedTypeArguments(AnnotatedType type) {
			List<AnnotatedType> arguments = new ArrayList<>();
			if (type instanceof AnnotatedParameterizedType parameterized) {
				arguments.addAll(List.of(parameterized.getAnnotatedActualTypeArguments()));
			}
			if (type instanceof AnnotatedArrayType array) {
				arguments.add(array.getAnnotatedGenericComponentType());
			}
			for (AnnotatedType argument : arguments) {
				if (hasConstraint(argument.getAnnotations()) || argument.isAnnotationPresent(Valid.class)
						|| constrainedTypeArguments(argument)) {
					return true;
				}
			}
			return false;
		}

	}

	/** One numeric constraint on a non-null value. */
	private record ValueCheck(BigDecimal bound, boolean lower, boolean inclusive) {

		static @Nullable ValueCheck of(Annotation annotation) {
			if (annotation instanceof Min min) {
				return new ValueCheck(BigDecimal.valueOf(min.value()), true, true);
			}
			if (annotation instanceof Max max) {
				return new ValueCheck(BigDecimal.valueOf(max.value()), false, true);
			}
			if (annotation instanceof DecimalMin min) {
				return new ValueCheck(new BigDecimal(min.value()), true, min.inclusive());
			}
			if (annotation instanceof DecimalMax max) {
				return new ValueCheck(new BigDecimal(max.value()), false, max.inclusive());
			}
			if (annotation instanceof Positive) {
				return new ValueCheck(BigDecimal.ZERO, true, false);
			}
			if (annotation instanceof PositiveOrZero) {
				return new ValueCheck(BigDecimal.ZERO, true, true);
			}
			return null;
		}

		boolean certainlyValid(Object value) {
			if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
				int order = BigDecimal.valueOf(((Number) value).longValue()).compareTo(this.bound);
				return holds(order);
			}
			if (value instanceof Double || value instanceof Float) {
				double number = ((Number) value).doubleValue();
				double bound = this.bound.doubleValue();
				if (!Double.isFinite(number) || number == 0
						|| Math.abs(number - bound) <= 1e-9 * Math.max(1, Math.abs(bound))) {
					// NaN, infinities, zeros, near-ties: Hibernate Validator decides
					return false;
				}
				return holds(Double.compare(number, bound));
			}
			return false;
		}

		private boolean holds(int order) {
			if (order == 0) {
				return this.inclusive;
			}
			return this.lower ? order > 0 : order < 0;
		}

	}

	private static Set<Annotation> constraints(Annotation[] annotations) {
		Set<Annotation> constraints = new HashSet<>();
		for (Annotation annotation : annotations) {
			if (isConstraint(annotation.annotationType())) {
				constraints.add(annotation);
			}
		}
		return constraints;
	}

	private static boolean hasConstraint(Annotation[] annotations) {
		for (Annotation annotation : annotations) {
			if (isConstraint(annotation.annotationType())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isConstraint(Class<? extends Annotation> type) {
		return type.isAnnotationPresent(Constraint.class)
				|| type.getPackageName().equals("jakarta.validation.constraints");
	}

	private static boolean defaultGroup(Annotation annotation) {
		try {
			Object groups = annotation.annotationType().getMethod("groups").invoke(annotation);
			return groups instanceof Class<?>[] classes && classes.length == 0;
		}
		catch (ReflectiveOperationException ex) {
			return false;
		}
	}

}
