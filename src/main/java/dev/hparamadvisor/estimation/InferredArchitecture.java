package dev.hparamadvisor.estimation;

/**
 * An architecture inferred from a parameter count, with the statement of how.
 *
 * @param architecture the inferred shape
 * @param reference the published model whose shape was used
 * @param statement what was assumed, for the response's {@code assumptions}
 */
public record InferredArchitecture(Architecture architecture, String reference, String statement) {
}
