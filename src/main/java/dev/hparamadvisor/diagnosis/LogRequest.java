package dev.hparamadvisor.diagnosis;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A diagnose request as read: the log, and from the envelope, if there was one, the run's
 * configuration and context.
 *
 * @param log the log
 * @param configuration the {@code configuration} object as given, in any dialect
 * @param context the {@code context}
 */
record LogRequest(RunLog log, @Nullable JsonNode configuration, DiagnosisContext context) {

}
