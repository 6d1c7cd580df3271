package dev.hparamadvisor.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.hparamadvisor.RequestProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem a capability can refuse a request with names a problem type declared in
 * {@link ProblemType}, so it gets that type's one title and status.
 */
class ProblemTypeTests {

	@Test
	void everySlugACapabilityCanCarryIsAProblemType() throws ReflectiveOperationException {
		List<JavaClass> problems = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.hparamadvisor")
			.stream()
			.filter((type) -> type.isAssignableTo(RequestProblem.class)
					&& !type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
			.toList();
		assertThat(problems).extracting(JavaClass::getSimpleName)
			.contains("InvalidValidationRequest", "InvalidEstimateRequest", "InvalidScenario",
					"UnknownParameterException", "UnreadableConfiguration", "UnreadableLog");
		for (JavaClass problem : problems) {
			Field type = problem.reflect().getDeclaredField("TYPE");
			assertThat(Modifier.isStatic(type.getModifiers()) && Modifier.isFinal(type.getModifiers()))
				.as("%s.TYPE is a constant", problem.getSimpleName())
				.isTrue();
			type.setAccessible(true);
			String slug = (String) type.get(null);
			assertThat(ProblemType.bySlug(slug)).as("%s carries '%s'", problem.getSimpleName(), slug).isPresent();
			if (problem.tryGetField("TYPES").isPresent()) {
				Field types = problem.reflect().getDeclaredField("TYPES");
				types.setAccessible(true);
				for (Object other : (List<?>) types.get(null)) {
					assertThat(ProblemType.bySlug((String) other)).as("%s carries '%s'", problem.getSimpleName(), other)
						.isPresent();
				}
			}
		}
	}

	@Test
	void eachTypeHasOneTitleAndAStatusForAnError() {
		for (ProblemType type : ProblemType.values()) {
			assertThat(type.title()).as(type.slug()).isNotBlank().doesNotContain("Exception");
			assertThat(type.status().isError()).as(type.slug()).isTrue();
			assertThat(ProblemType.bySlug(type.slug())).contains(type);
		}
	}

}
