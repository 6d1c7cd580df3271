package dev.hparamadvisor.dialect;

/**
 * Limits {@link ConfigParser} enforces before a configuration reaches the reader. A real
 * training configuration is a few kilobytes, a few levels deep, with no YAML aliases; the
 * defaults leave two orders of magnitude of room and stop a billion-laughs document or
 * 10,000-level nesting at once. The size of the document is the caller's to bound (the
 * service refuses a body over its limit before it is parsed).
 *
 * @param maxNestingDepth objects and lists inside one another (default 64)
 * @param maxAliases YAML alias uses ({@code *name}) in one document (default 50, as
 * SnakeYAML's {@code maxAliasesForCollections})
 * @param maxStringLength characters of one string value or key (default 65,536)
 * @param maxNodes values in the tree once aliases are expanded (default 100,000)
 * @param maxNumberLength digits of one number (default 100; a double has 17 significant)
 * @param maxKeys keys in all objects of the document together (default 1,000; a real
 * training configuration has about 100)
 */
public record ParserLimits(int maxNestingDepth, int maxAliases, int maxStringLength, int maxNodes, int maxNumberLength,
		int maxKeys) {

	/** The defaults. */
	public static final ParserLimits DEFAULTS = new ParserLimits(64, 50, 1 << 16, 100_000, 100, 1_000);

	/** Limits with the default number length and key count. */
	public ParserLimits(int maxNestingDepth, int maxAliases, int maxStringLength, int maxNodes) {
		this(maxNestingDepth, maxAliases, maxStringLength, maxNodes, 100, 1_000);
	}

	public ParserLimits {
		if (maxNestingDepth < 1 || maxAliases < 0 || maxStringLength < 1 || maxNodes < 1 || maxNumberLength < 1
				|| maxKeys < 1) {
			throw new IllegalArgumentException("Parser limits must be positive (maxAliases may be 0)");
		}
	}

}
