/**
 * The text printer: {@link dev.jwasm.parser.print.WatPrinter} writes a module model in the
 * WebAssembly text format, flat or folded, with names from the name section as identifiers.
 * Text read back with jwasm's WAT parser encodes to the same bytes as the model, except for the
 * encoding choices {@link dev.jwasm.parser.print.TextFidelity} names (text cannot say them).
 * {@link dev.jwasm.parser.print.WatFragments} gives single types, signatures and expressions in
 * the same notation, for tools that show parts of a module.
 *
 * <p>Everything else in this package is the printer's machinery: identifiers and their
 * deduplication ({@code Names}), immediates ({@code InstructionText}), the flat and folded code
 * layouts ({@code FlatCode}, {@code FoldedCode}, built on explicit stacks so that nesting depth
 * never costs Java stack), and module fields ({@code ModulePrinter}).
 */
package dev.jwasm.parser.print;
