/**
 * The binary format: {@link dev.jwasm.parser.binary.ModuleDecoder} turns the bytes of a module
 * into the model of {@code dev.jwasm.parser.model}, {@link dev.jwasm.parser.binary.ModuleEncoder}
 * writes a model back in canonical form.
 *
 * <p>Conventions the decoder follows (and the encoder expects): indices are u32 values kept in
 * the bits of an int; passive and declarative segments have table or memory index 0 and a null
 * offset; a table without an initializer has a null {@code init}; the "name" custom section is
 * decoded into {@link dev.jwasm.parser.model.NameSection} (kept as raw bytes instead when it is
 * malformed, which is never an error).
 */
package dev.jwasm.parser.binary;
