package dev.hparamadvisor.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the catalogue resource, binds it to immutable types and checks it. Any problem
 * stops loading with a message that names the entry and the field.
 */
public final class CatalogueLoader {

	private final YAMLMapper mapper = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
		.build();

	/**
	 * Loads a catalogue.
	 * @param in the YAML resource
	 * @param origin where it comes from, for messages
	 * @return the checked catalogue
	 * @throws InvalidCatalogueException when the resource is unreadable or inconsistent
	 */
	public Catalogue load(InputStream in, String origin) {
		JsonNode tree;
		try (in) {
			tree = this.mapper.readTree(in);
		}
		catch (JacksonException | IOException ex) {
			throw new InvalidCatalogueException(origin, List.of("not readable as YAML: " + ex.getMessage()));
		}
		if (tree == null || !tree.isObject()) {
			throw new InvalidCatalogueException(origin, List.of("the document is not a mapping"));
		}
		CatalogueDocument document;
		try {
			document = this.mapper.treeToValue(tree, CatalogueDocument.class);
		}
		catch (JacksonException ex) {
			throw new InvalidCatalogueException(origin, List.of(describe(ex, tree)));
		}
		List<String> problems = new CatalogueChecker(document).problems();
		if (!problems.isEmpty()) {
			throw new InvalidCatalogueException(origin, problems);
		}
		return new Catalogue(document.parameters(), document.companionList(), document.sources());
	}

	private static String describe(JacksonException ex, JsonNode tree) {
		List<JacksonException.Reference> path = ex.getPath();
		String where = CataloguePath.describe(path, tree);
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return where + ": unknown field '" + unknown.getPropertyName() + "'";
		}
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null
				&& invalid.getTargetType().isEnum()) {
			return where + ": unknown value '" + invalid.getValue() + "'; allowed: "
					+ allowedValues(invalid.getTargetType());
		}
		return where + ": " + ex.getOriginalMessage();
	}

	static String allowedValues(Class<?> enumType) {
		return Arrays.stream(enumType.getFields()).filter(Field::isEnumConstant).map((field) -> {
			JsonProperty property = field.getAnnotation(JsonProperty.class);
			return (property != null) ? property.value() : field.getName();
		}).collect(Collectors.joining(", "));
	}

}
