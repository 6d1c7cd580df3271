/**
 * The HTTP edge: RFC 9457 problem details for every error, problem type pages, request
 * limits and the OpenAPI document. Nothing depends on this package.
 */
@NullMarked
package dev.hparamadvisor.web;

import org.jspecify.annotations.NullMarked;
