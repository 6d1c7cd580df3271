/**
 * The hyperparameter catalogue: definitions loaded from a bundled resource, checked at
 * start-up, and served at {@code GET /v1/parameters}.
 */
@NullMarked
package dev.hparamadvisor.catalogue;

import org.jspecify.annotations.NullMarked;
