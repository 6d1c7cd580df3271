package dev.hparamadvisor.dialect;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLParser;

import dev.hparamadvisor.dialect.UnreadableConfiguration.Problem;

/**
 * Builds a tree from a token stream without recursion, enforcing {@link ParserLimits} as
 * it goes. YAML anchors are remembered and aliases expanded by copy, each alias counting
 * against {@code maxAliases} and its copy against {@code maxNodes} and
 * {@code maxNestingDepth}, so expansion can never outgrow the limits. A YAML merge key
 * ({@code <<: *base}) adds the keys the mapping does not set itself. Anchors on single
 * values are not reported by the YAML parser, so an alias to one is rejected as
 * undefined.
 */
final class TreeBuilder {

	private int keys;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Pattern GROUPED_NUMBER = Pattern.compile("[-+]?\\d[\\d_]*(\\.[\\d_]+)?([eE][-+]?\\d{1,3})?");

	private final JsonParser parser;

	private final ParserLimits limits;

	private final Deque<Frame> open = new ArrayDeque<>();

	private final Map<String, Anchor> anchors = new HashMap<>();

	private int nodes;

	private int aliases;

	private @Nullable ObjectNode root;

	/**
	 * Where repeated keys go when they are recorded (the last value kept, as PyYAML and
	 * Python's {@code json} do); {@code null} when a repeated key fails the parse.
	 */
	private final @Nullable List<RepeatedKey> repeated;

	TreeBuilder(JsonParser parser, ParserLimits limits) {
		this(parser, limits, null);
	}

	TreeBuilder(JsonParser parser, ParserLimits limits, @Nullable List<RepeatedKey> repeated) {
		this.parser = parser;
		this.limits = limits;
		this.repeated = repeated;
	}

	ObjectNode build() {
		JsonToken token = this.parser.nextToken();
		if (token == null) {
			throw fail(Problem.EMPTY, "The document is empty");
		}
		if (token != JsonToken.START_OBJECT) {
			throw fail(Problem.NOT_AN_OBJECT, "A configuration is an object of names to values, not a list or a value");
		}
		while (token != null) {
			step(token);
			if (this.open.isEmpty()) {
				break;
			}
			token = this.parser.nextToken();
		}
		if (token == null || this.root == null) {
			throw fail(Problem.SYNTAX, "The document ends inside an object or a list");
		}
		if (this.parser.nextToken() != null) {
			throw fail(Problem.TRAILING_CONTENT, "Only one document is read, but more follows");
		}
		return this.root;
	}

	private void step(JsonToken token) {
		switch (token) {
			case START_OBJECT, START_ARRAY -> {
				JsonNode container = (token == JsonToken.START_OBJECT) ? NODES.objectNode() : NODES.arrayNode();
				String anchor = anchor();
				String path = childPath();
				attach(container, 0);
				this.open.push(new Frame(container, anchor, this.nodes, path));
				if (this.open.size() > this.limits.maxNestingDepth()) {
					throw fail(Problem.TOO_DEEP, "Nested deeper than " + this.limits.maxNestingDepth() + " levels");
				}
			}
			case END_OBJECT, END_ARRAY -> {
				Frame closed = this.open.pop();
				int height = closed.height + 1;
				if (closed.anchor != null) {
					this.anchors.put(closed.anchor,
							new Anchor(closed.node, this.nodes - closed.nodesBefore + 1, height));
				}
				if (!this.open.isEmpty()) {
					this.open.peek().height = Math.max(this.open.peek().height, height);
				}
			}
			case PROPERTY_NAME -> {
				if (++this.keys > this.limits.maxKeys()) {
					throw fail(Problem.TOO_MANY_VALUES, "More than " + this.limits.maxKeys()
							+ " keys; a training configuration has about a hundred");
				}
				Frame frame = this.open.peek();
				frame.name = string(this.parser.currentName());
				frame.nameLine = this.parser.currentTokenLocation().getLineNr();
			}
			default -> scalar(token);
		}
	}

	private void scalar(JsonToken token) {
		if (this.parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
			alias(yaml.getString());
			return;
		}
		JsonNode value = switch (token) {
			case VALUE_STRING -> text(string(this.parser.getString()));
			case VALUE_NUMBER_INT -> switch (this.parser.getNumberType()) {
				case INT -> NODES.numberNode(this.parser.getIntValue());
				case LONG -> NODES.numberNode(this.parser.getLongValue());
				default -> NODES.numberNode(this.parser.getBigIntegerValue());
			};
			case VALUE_NUMBER_FLOAT -> (this.parser.getNumberType() == JsonParser.NumberType.BIG_DECIMAL)
					? NODES.numberNode(this.parser.getDecimalValue()) : NODES.numberNode(this.parser.getDoubleValue());
			case VALUE_TRUE -> NODES.booleanNode(true);
			case VALUE_FALSE -> NODES.booleanNode(false);
			case VALUE_NULL -> NODES.nullNode();
			default -> NODES.stringNode(String.valueOf(this.parser.getEmbeddedObject()));
		};
		String anchor = anchor();
		if (anchor != null) {
			this.anchors.put(anchor, new Anchor(value, 1, 0));
		}
		attach(value, 0);
	}

	/**
	 * A YAML string, except an unquoted-looking number with digit-group underscores
	 * ({@code 500_000}), which YAML 1.1 and so PyYAML, the loader of Axolotl and
	 * LLaMA-Factory, read as a number.
	 */
	private JsonNode text(String text) {
		if (this.parser instanceof YAMLParser && text.indexOf('_') > 0 && text.length() <= 100
				&& GROUPED_NUMBER.matcher(text).matches()) {
			BigDecimal number = new BigDecimal(text.replace("_", ""));
			return (number.scale() <= 0) ? NODES.numberNode(number.toBigIntegerExact()) : NODES.numberNode(number);
		}
		return NODES.stringNode(text);
	}

	private void alias(String name) {
		Anchor anchor = this.anchors.get(name);
		if (anchor == null) {
			throw fail(Problem.UNDEFINED_ALIAS, "The alias *" + name
					+ " refers to no list or mapping anchored before it (anchors on single values are not supported)");
		}
		if (++this.aliases > this.limits.maxAliases()) {
			throw fail(Problem.TOO_MANY_ALIASES, "More than " + this.limits.maxAliases() + " YAML aliases");
		}
		if (this.open.size() + anchor.height > this.limits.maxNestingDepth()) {
			throw fail(Problem.TOO_DEEP,
					"The alias *" + name + " nests deeper than " + this.limits.maxNestingDepth() + " levels");
		}
		attach(anchor.node.deepCopy(), anchor.size - 1);
		this.open.peek().height = Math.max(this.open.peek().height, anchor.height);
	}

	private void attach(JsonNode value, int extraNodes) {
		this.nodes += 1 + extraNodes;
		if (this.nodes > this.limits.maxNodes()) {
			throw fail(Problem.TOO_MANY_VALUES, "More than " + this.limits.maxNodes() + " values");
		}
		Frame parent = this.open.peek();
		if (parent == null) {
			this.root = (ObjectNode) value;
		}
		else if (parent.node instanceof ArrayNode array) {
			array.add(value);
			parent.elements++;
		}
		else {
			put((ObjectNode) parent.node, parent, value);
		}
	}

	private void put(ObjectNode object, Frame frame, JsonNode value) {
		String name = (frame.name != null) ? frame.name : "";
		if (name.equals("<<") && this.parser instanceof YAMLParser && (value.isObject() || value.isArray())) {
			for (JsonNode base : value.isObject() ? List.of(value) : value) {
				for (Map.Entry<String, JsonNode> field : base.properties()) {
					if (!object.has(field.getKey())) {
						object.set(field.getKey(), field.getValue());
						frame.merged.add(field.getKey());
					}
				}
			}
			return;
		}
		if (object.has(name) && !frame.merged.remove(name)) {
			if (this.repeated == null) {
				throw fail(Problem.DUPLICATE_KEY, "The key \"" + name + "\" appears twice in one object");
			}
			repeat(frame, name, object.get(name), value);
		}
		object.set(name, value);
	}

	/**
	 * Records a key set again in one object; the value set last stays in the tree, as
	 * PyYAML's {@code safe_load} and Python's {@code json} keep it.
	 */
	private void repeat(Frame frame, String name, JsonNode before, JsonNode value) {
		String path = frame.path.isEmpty() ? name : frame.path + "." + name;
		Integer line = (frame.nameLine > 0) ? frame.nameLine : null;
		for (int i = 0; i < this.repeated.size(); i++) {
			RepeatedKey known = this.repeated.get(i);
			if (known.path().equals(path)) {
				this.repeated.set(i, known.with(value, line));
				return;
			}
		}
		this.repeated.add(new RepeatedKey(path, List.of(before, value), line));
	}

	/** The path of the value about to be attached: its key, or its index in a list. */
	private String childPath() {
		Frame parent = this.open.peek();
		if (parent == null) {
			return "";
		}
		String child = (parent.node instanceof ArrayNode) ? "[" + parent.elements + "]"
				: (parent.name != null) ? parent.name : "";
		if (parent.path.isEmpty()) {
			return child;
		}
		return child.startsWith("[") ? parent.path + child : parent.path + "." + child;
	}

	private @Nullable String anchor() {
		Object id = (this.parser instanceof YAMLParser) ? this.parser.getObjectId() : null;
		return (id != null) ? id.toString() : null;
	}

	private String string(String text) {
		if (text.length() > this.limits.maxStringLength()) {
			throw fail(Problem.STRING_TOO_LONG,
					"A string or key is longer than " + this.limits.maxStringLength() + " characters");
		}
		return text;
	}

	private UnreadableConfiguration fail(Problem problem, String message) {
		var location = this.parser.currentTokenLocation();
		return new UnreadableConfiguration(problem, message, (location.getLineNr() > 0) ? location.getLineNr() : null,
				(location.getLineNr() > 0) ? location.getColumnNr() : null);
	}

	private record Anchor(JsonNode node, int size, int height) {
	}

	private static final class Frame {

		final JsonNode node;

		final @Nullable String anchor;

		final int nodesBefore;

		final Set<String> merged = new HashSet<>();

		final String path;

		@Nullable String name;

		int nameLine;

		int elements;

		int height;

		Frame(JsonNode node, @Nullable String anchor, int nodesBefore, String path) {
			this.node = node;
			this.anchor = anchor;
			this.nodesBefore = nodesBefore;
			this.path = path;
		}

	}

}
