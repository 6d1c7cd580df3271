package dev.hparamadvisor.diagnosis;

import java.util.Locale;

/**
 * Writes SVG as well-formed XML: elements with escaped attribute values, text as escaped
 * character data, characters XML 1.0 does not allow left out. No script, no external
 * references.
 */
final class SvgWriter {

	private final StringBuilder out = new StringBuilder(64 * 1024);

	SvgWriter(int width, int height, String title) {
		this.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		this.out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(height)
			.append("\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
		text(title, "x", "16", "y", "24", "font-size", "16", "font-weight", "bold");
	}

	/** Opens an element; attributes as name, value pairs. */
	SvgWriter open(String name, String... attributes) {
		start(name, attributes).append(">\n");
		return this;
	}

	SvgWriter close(String name) {
		this.out.append("</").append(name).append(">\n");
		return this;
	}

	/** An element without content. */
	SvgWriter empty(String name, String... attributes) {
		start(name, attributes).append("/>\n");
		return this;
	}

	/** A {@code <text>} element. */
	SvgWriter text(String text, String... attributes) {
		start("text", attributes).append('>');
		escape(text, this.out);
		this.out.append("</text>\n");
		return this;
	}

	private StringBuilder start(String name, String... attributes) {
		this.out.append('<').append(name);
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			this.out.append(' ').append(attributes[i]).append("=\"");
			escape(attributes[i + 1], this.out);
			this.out.append('"');
		}
		return this.out;
	}

	String finish() {
		this.out.append("</svg>\n");
		return this.out.toString();
	}

	/** A coordinate with one decimal. */
	static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static void escape(String text, StringBuilder out) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					if (allowed(text, i)) {
						out.append(c);
					}
				}
			}
		}
	}

	/** Whether XML 1.0 allows the character (a surrogate only as half of a pair). */
	private static boolean allowed(String text, int i) {
		char c = text.charAt(i);
		if (c == '\t' || c == '\n' || c == '\r') {
			return true;
		}
		if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
			return false;
		}
		if (Character.isHighSurrogate(c)) {
			return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
		}
		return true;
	}

}
