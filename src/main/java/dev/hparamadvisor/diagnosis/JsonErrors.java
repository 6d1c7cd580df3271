package dev.hparamadvisor.diagnosis;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Says what a JSON reading error was and where, in words the caller can act on: never a
 * class name.
 */
final class JsonErrors {

	private JsonErrors() {
	}

	static String describe(JacksonException ex) {
		String message = String.valueOf(ex.getOriginalMessage());
		int newline = message.indexOf('\n');
		message = (newline >= 0) ? message.substring(0, newline) : message;
		message = message.replaceAll("\\(class [^)]*\\)", "").replaceAll("[a-z]+(\\.[a-zA-Z_$0-9]+){2,}", "a value");
		TokenStreamLocation location = ex.getLocation();
		String where = (location != null && location.getLineNr() > 0)
				? " at line " + location.getLineNr() + ", column " + location.getColumnNr() : "";
		return shorten(message.strip()) + where;
	}

	/** A JSON pointer to where a data-binding error happened, under a base pointer. */
	static String pointer(String base, JacksonException ex) {
		StringBuilder pointer = new StringBuilder(base);
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				pointer.append('/').append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
			}
			else if (reference.getIndex() >= 0) {
				pointer.append('/').append(reference.getIndex());
			}
		}
		return pointer.toString();
	}

	/** Shortens text taken from a request so it cannot flood an answer. */
	static String shorten(String text) {
		return (text.length() > 100) ? text.substring(0, 100) + "..." : text;
	}

}
