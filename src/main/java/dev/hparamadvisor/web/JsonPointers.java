package dev.hparamadvisor.web;

/**
 * Converts Java property paths of request records ({@code model.hiddenSize},
 * {@code gpus[0].count}) to the JSON pointers of their snake_case JSON names.
 */
final class JsonPointers {

	private JsonPointers() {
	}

	static String fromPropertyPath(String path) {
		StringBuilder pointer = new StringBuilder();
		for (String segment : path.split("\\.")) {
			int bracket = segment.indexOf('[');
			String name = (bracket >= 0) ? segment.substring(0, bracket) : segment;
			pointer.append('/').append(snake(name));
			if (bracket >= 0) {
				String index = segment.substring(bracket + 1, segment.indexOf(']', bracket));
				pointer.append('/').append(index);
			}
		}
		return pointer.toString();
	}

	static String snake(String name) {
		StringBuilder out = new StringBuilder();
		for (char c : name.toCharArray()) {
			if (Character.isUpperCase(c)) {
				out.append('_').append(Character.toLowerCase(c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
