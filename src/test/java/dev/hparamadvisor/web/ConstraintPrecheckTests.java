package dev.hparamadvisor.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.hparamadvisor.estimation.EstimateRequest;
import dev.hparamadvisor.recommendation.RecommendRequest;
import dev.hparamadvisor.validation.ValidationContext;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ConstraintPrecheck} never calls a request certainly valid where Hibernate
 * Validator finds a violation: random request records built from every bound of their own
 * annotations (the bound, one step either side, the next double either side), signed
 * zeros, NaN, infinities and nulls. It must also recognise most valid requests, or the
 * precheck would be a slow no-op.
 */
class ConstraintPrecheckTests {

	private static ValidatorFactory factory;

	private static Validator hibernate;

	private final ConstraintPrecheck precheck = new ConstraintPrecheck();

	@BeforeAll
	static void startHibernateValidator() {
		factory = Validation.buildDefaultValidatorFactory();
		hibernate = factory.getValidator();
	}

	@AfterAll
	static void stopHibernateValidator() {
		factory.close();
	}

	@ParameterizedTest
	@ValueSource(classes = { EstimateRequest.class, RecommendRequest.class, ValidationContext.class })
	void neverSaysValidWhereHibernateValidatorFindsAViolation(Class<?> type) throws Exception {
		assertThat(this.precheck.understands(type)).as("the precheck covers %s", type.getSimpleName()).isTrue();
		SplittableRandom random = new SplittableRandom(type.getName().hashCode());
		int valid = 0;
		int recognised = 0;
		int invalid = 0;
		for (int i = 0; i < 20_000; i++) {
			Object request = instance(type, random, 0);
			boolean violations = !hibernate.validate(request).isEmpty();
			boolean certain = this.precheck.certainlyValid(request);
			if (certain) {
				assertThat(hibernate.validate(request)).as("%s", request).isEmpty();
			}
			if (violations) {
				invalid++;
			}
			else {
				valid++;
				recognised += certain ? 1 : 0;
			}
		}
		assertThat(invalid).as("the generator produces invalid requests").isGreaterThan(1_000);
		assertThat(valid).as("the generator produces valid requests").isGreaterThan(200);
		assertThat((double) recognised / valid).as("share of valid requests the precheck recognises")
			.isGreaterThan(0.2);
	}

	@Test
	void recognisesTheLoadTestRequests() throws Exception {
		JsonMapper mapper = JsonMapper.builder().build();
		assertThat(this.precheck.certainlyValid(
				mapper.readValue(Files.readString(Path.of("scripts/loadtest/estimate.json")), EstimateRequest.class)))
			.isTrue();
		assertThat(this.precheck.certainlyValid(
				mapper.readValue(Files.readString(Path.of("scripts/loadtest/recommend.json")), RecommendRequest.class)))
			.isTrue();
	}

	@Test
	void leavesWhatItDoesNotKnowToHibernateValidator() {
		assertThat(this.precheck.understands(String.class)).isFalse();
		assertThat(this.precheck.understands(Sized.class)).isFalse();
		assertThat(this.precheck.certainlyValid(new Sized("abc"))).isFalse();
		assertThat(this.precheck.certainlyValid(new Grouped(5))).isFalse();
		assertThat(this.precheck.certainlyValid(new Listed(List.of(new Grouped(1))))).isFalse();
		assertThat(this.precheck.certainlyValid(null)).isFalse();
	}

	record Sized(@jakarta.validation.constraints.Size(max = 2) String text) {
	}

	record Grouped(@Max(value = 3, groups = Grouped.class) Integer count) {
	}

	record Listed(@jakarta.validation.Valid List<Grouped> items) {
	}

	private static Object instance(Class<?> type, SplittableRandom random, int depth) throws Exception {
		RecordComponent[] components = type.getRecordComponents();
		Object[] arguments = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
			Field field = type.getDeclaredField(components[i].getName());
			arguments[i] = value(field, random, depth);
		}
		Constructor<?> constructor = type.getDeclaredConstructor(types);
		constructor.setAccessible(true);
		return constructor.newInstance(arguments);
	}

	private static Object value(Field field, SplittableRandom random, int depth) throws Exception {
		Class<?> type = field.getType();
		boolean required = field.isAnnotationPresent(NotNull.class);
		if (random.nextInt(required ? 40 : 6) == 0) {
			return null;
		}
		List<BigDecimal> bounds = bounds(field.getAnnotations());
		if (type == Integer.class || type == Long.class) {
			List<Long> candidates = new ArrayList<>(List.of(-1L, 0L, 1L, 2L, 8L, 64L, 4096L, 1_000_000L));
			for (BigDecimal bound : bounds) {
				long b = bound.longValue();
				candidates.addAll(List.of(b - 1, b, b + 1, b / 2));
			}
			long v = candidates.get(random.nextInt(candidates.size()));
			return (type == Integer.class) ? (Object) (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v))
					: (Object) v;
		}
		if (type == Double.class) {
			List<Double> candidates = new ArrayList<>(List.of(-1.0, -0.0, 0.0, 1e-9, 0.5, 1.0, 80.0, 8.03e9, Double.NaN,
					Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE));
			for (BigDecimal bound : bounds) {
				double b = bound.doubleValue();
				candidates.addAll(List.of(b, Math.nextUp(b), Math.nextDown(b), b * 1.5, b / 2, b + 1e-7, b - 1e-7));
			}
			return candidates.get(random.nextInt(candidates.size()));
		}
		if (type == Boolean.class) {
			return random.nextBoolean();
		}
		if (type == String.class) {
			return random.nextBoolean() ? "h100-80gb" : "llama-3.1-8b";
		}
		if (type.isEnum()) {
			Object[] constants = type.getEnumConstants();
			return constants[random.nextInt(constants.length)];
		}
		if (type == List.class && field.getGenericType() instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[0] == String.class) {
			return random.nextBoolean() ? List.of() : List.of("q_proj", "v_proj");
		}
		if (type.isRecord() && depth < 4) {
			return instance(type, random, depth + 1);
		}
		return null;
	}

	private static List<BigDecimal> bounds(Annotation[] annotations) {
		List<BigDecimal> bounds = new ArrayList<>();
		for (Annotation annotation : annotations) {
			if (annotation instanceof Min min) {
				bounds.add(BigDecimal.valueOf(min.value()));
			}
			else if (annotation instanceof Max max) {
				bounds.add(BigDecimal.valueOf(max.value()));
			}
			else if (annotation instanceof DecimalMin min) {
				bounds.add(new BigDecimal(min.value()));
			}
			else if (annotation instanceof DecimalMax max) {
				bounds.add(new BigDecimal(max.value()));
			}
		}
		return bounds;
	}

}
