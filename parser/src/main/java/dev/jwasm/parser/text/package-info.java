/**
 * The WebAssembly text format: {@link dev.jwasm.parser.text.Lexer} (tokens),
 * {@link dev.jwasm.parser.text.SExprReader} (S-expressions, built without recursion),
 * {@link dev.jwasm.parser.text.NumericLiterals} (exact literal values) and
 * {@link dev.jwasm.parser.text.WatParser} (modules into the {@code dev.jwasm.parser.model} model).
 * Errors are {@link dev.jwasm.parser.text.TextSyntaxException}s with the reference interpreter's wording.
 */
package dev.jwasm.parser.text;
