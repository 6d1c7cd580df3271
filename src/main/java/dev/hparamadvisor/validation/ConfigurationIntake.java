package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.hparamadvisor.RequestProblem.FieldProblem;
import dev.hparamadvisor.dialect.ConfigDocument;
import dev.hparamadvisor.dialect.Dialect;
import dev.hparamadvisor.dialect.DialectReader;
import dev.hparamadvisor.dialect.ReadConfiguration;
import dev.hparamadvisor.dialect.RepeatedKey;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the body of {@code POST /v1/validate}, read as a tree, into values, a context and
 * a dialect: either our envelope ({@code {"hyperparameters": {...}, "context": {...}}})
 * or a configuration as written for another tool, JSON or YAML, flat or nested.
 */
final class ConfigurationIntake {

	private static final Set<String> ENVELOPE = Set.of("hyperparameters", "context");

	private final DialectReader reader;

	private final JsonMapper mapper;

	private final Validator validator;

	ConfigurationIntake(DialectReader reader, JsonMapper mapper, Validator validator) {
		this.reader = reader;
		this.mapper = mapper;
		this.validator = validator;
	}

	Intake read(ConfigDocument document, @Nullable String dialectName) {
		JsonNode root = document.root();
		List<RepeatedKey> repeated = document.repeatedKeys();
		Dialect named = (dialectName != null)
				? Dialect.fromName(dialectName)
					.orElseThrow(() -> new InvalidValidationRequest("dialect", "Unknown dialect '"
							+ shorten(dialectName) + "'; use one of huggingface, axolotl, llamafactory, "
							+ "torchtune, vllm, openai, canonical, or leave it out to detect it from the keys."))
				: null;
		JsonNode configuration = root;
		ValidationContext context = ValidationContext.EMPTY;
		if (root.has("context") && !root.has("hyperparameters") && ENVELOPE.containsAll(root.propertyNames())) {
			// an envelope that lost its values; read as a tool's configuration, its
			// context
			// would be ignored without a word
			throw new InvalidValidationRequest("/hyperparameters",
					"The envelope has a 'context' but no 'hyperparameters'; put the values under 'hyperparameters'.");
		}
		if (root.has("hyperparameters") && ENVELOPE.containsAll(root.propertyNames())) {
			configuration = root.get("hyperparameters");
			if (!configuration.isObject()) {
				throw new InvalidValidationRequest("/hyperparameters",
						"'hyperparameters' must be an object of names to values.");
			}
			context = context(root.get("context"));
			repeated = inEnvelope(repeated);
		}
		ReadConfiguration read = this.reader.read(configuration, named, repeated);
		ValidationContext fromHints = Hints.context(read.hints());
		return new Intake(read, context.orElse(fromHints), read.dialect().id(), named != null, configuration != root);
	}

	/**
	 * Repeated keys of an envelope, with paths relative to its {@code hyperparameters}
	 * object, which is what the reader reads.
	 */
	private static List<RepeatedKey> inEnvelope(List<RepeatedKey> repeated) {
		String prefix = "hyperparameters.";
		return repeated.stream()
			.map((key) -> key.path().startsWith(prefix)
					? new RepeatedKey(key.path().substring(prefix.length()), key.values(), key.line()) : key)
			.toList();
	}

	private ValidationContext context(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return ValidationContext.EMPTY;
		}
		if (!node.isObject()) {
			throw new InvalidValidationRequest("/context", "'context' must be an object.");
		}
		ValidationContext context;
		try {
			context = this.mapper.treeToValue(node, ValidationContext.class);
		}
		catch (JacksonException ex) {
			throw new InvalidValidationRequest(contextPointer(ex), contextDetail(ex));
		}
		List<FieldProblem> errors = new ArrayList<>();
		for (ConstraintViolation<ValidationContext> violation : this.validator.validate(context)) {
			errors.add(new FieldProblem("/context/" + snake(violation.getPropertyPath().toString()),
					violation.getMessage()));
		}
		if (!errors.isEmpty()) {
			// Bean Validation returns a set; the same request gets the same answer
			errors.sort(java.util.Comparator.comparing(FieldProblem::pointer).thenComparing(FieldProblem::detail));
			throw new InvalidValidationRequest(errors);
		}
		return context;
	}

	private static String contextPointer(JacksonException ex) {
		StringBuilder pointer = new StringBuilder("/context");
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				pointer.append('/').append(shorten(ref.getPropertyName()));
			}
		}
		return pointer.toString();
	}

	private static String contextDetail(JacksonException ex) {
		if (ex instanceof tools.jackson.databind.exc.UnrecognizedPropertyException unknown) {
			return "Unknown context field '" + shorten(unknown.getPropertyName()) + "'; known: method, task, "
					+ "model_parameters, model_max_context, dataset_examples, num_devices, gpu_memory_gib.";
		}
		if (ex instanceof tools.jackson.databind.exc.InvalidFormatException invalid && invalid.getTargetType() != null
				&& invalid.getTargetType().isEnum()) {
			return "'" + shorten(String.valueOf(invalid.getValue())) + "' is not one of "
					+ allowed(invalid.getTargetType()) + ".";
		}
		if (ex instanceof tools.jackson.databind.exc.MismatchedInputException) {
			return "Wrong type for this field: methods and tasks are names, sizes and counts are numbers.";
		}
		return "Not a valid value for this field.";
	}

	private static String allowed(Class<?> type) {
		List<String> names = new ArrayList<>();
		for (java.lang.reflect.Field field : type.getFields()) {
			if (field.isEnumConstant()) {
				com.fasterxml.jackson.annotation.JsonProperty property = field
					.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
				names.add((property != null) ? property.value() : field.getName());
			}
		}
		return String.join(", ", names);
	}

	private static String snake(String path) {
		return path.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
	}

	private static String shorten(String text) {
		return (text.length() > 80) ? text.substring(0, 80) + "..." : text;
	}

	/**
	 * What the intake read.
	 *
	 * @param configuration what the dialect reader read: ids to raw values, unknown keys,
	 * duplicates, ignored keys and notes
	 * @param context the context given, completed by what the configuration reveals
	 * @param dialect the dialect read
	 * @param named whether the caller named it
	 * @param envelope whether the values came in the service's envelope (names of any
	 * tool, so a detected dialect is only a guess at the spelling) rather than as a
	 * tool's own file
	 */
	record Intake(ReadConfiguration configuration, ValidationContext context, String dialect, boolean named,
			boolean envelope) {
	}

}
