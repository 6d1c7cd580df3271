/**
 * Dialects: reading and writing other tools' configuration names and shapes.
 * <p>
 * A configuration written for Hugging Face {@code TrainingArguments}, TRL, Axolotl,
 * LLaMA-Factory, torchtune, vLLM or the OpenAI API is parsed by {@link ConfigParser}
 * (JSON or YAML, with limits), read by {@link DialectReader} into the ids of the
 * catalogue's vocabulary and exported back into a tool's own names by
 * {@link DialectWriter}. Each tool's key table maps that tool's key paths to those ids
 * and nothing more.
 * <p>
 * This package is a plain library: it depends on Jackson, JSpecify and the catalogue
 * only, on no other package of the project and on no Spring type, so every class works
 * from its constructor.
 */
@NullMarked
package dev.hparamadvisor.dialect;

import org.jspecify.annotations.NullMarked;
