/**
 * hparam-advisor: one package per capability.
 */
@NullMarked
package dev.hparamadvisor;

import org.jspecify.annotations.NullMarked;
