/**
 * The HTTP edge, in front of Spring MVC and nothing else: how a body is read (one set of
 * {@code hparam-advisor.limits}; JSON through Jackson, YAML through the hardened
 * configuration parser, both into the same tree), RFC 9457 problem details for every
 * error with each problem type declared once in {@code ProblemType}, the pages that
 * explain them, Tomcat's own refusals as problems, the API keys that guard
 * {@code /v1/studies} (a Spring Security filter chain mapped to that path only), and the
 * OpenAPI document. {@code /v1/validate} reads its body with the configuration converter,
 * which keeps a key written twice as the tools' loaders do. Capabilities: catalogue,
 * dialect, estimation, validation, recommendation, diagnosis, studies; nothing depends on
 * this package.
 */
@NullMarked
package dev.hparamadvisor.web;

import org.jspecify.annotations.NullMarked;
