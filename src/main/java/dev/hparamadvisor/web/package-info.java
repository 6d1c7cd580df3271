/**
 * The HTTP edge, in front of Spring MVC and nothing else: how a body is read (one set of
 * {@code hparam-advisor.limits}; JSON through Jackson, YAML through the hardened
 * configuration parser, both into the same tree), RFC 9457 problem details for every
 * error with each problem type declared once in {@code ProblemType}, the pages that
 * explain them, Tomcat's own refusals as problems, and the OpenAPI document. Nothing
 * depends on this package.
 */
@NullMarked
package dev.hparamadvisor.web;

import org.jspecify.annotations.NullMarked;
