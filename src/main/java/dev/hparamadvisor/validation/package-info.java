/**
 * Validation of a whole configuration: the rule engine, one small class per
 * cross-parameter rule, and {@code POST /v1/validate}.
 */
@NullMarked
package dev.hparamadvisor.validation;

import org.jspecify.annotations.NullMarked;
