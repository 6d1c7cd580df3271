package dev.hparamadvisor.dialect;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One spelling of one parameter: a key path (lower case, dot-separated) that names
 * {@code target} in the {@code homes} dialects, and is the spelling {@link DialectWriter}
 * uses for the {@code writes} dialects.
 *
 * @param path the key path
 * @param target an id of the catalogue's vocabulary, or one of the pseudo-targets of
 * {@link KeyTable}
 * @param homes dialects that define this key; in any other it is a foreign name
 * @param writes dialects for which this is the spelling to export
 * @param note the conversion this key always implies, if any
 */
record KeyRule(String path, String target, Set<Dialect> homes, Set<Dialect> writes, DialectNote.@Nullable Code note) {
}
