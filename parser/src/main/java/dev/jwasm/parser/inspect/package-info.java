/**
 * Module inspection: {@link dev.jwasm.parser.inspect.ModuleInspector} reports where a binary
 * module's sections are and how large, its types, imports, exports, functions (with body sizes),
 * memories, tables, globals, tags, segments and custom sections, and the WebAssembly features it
 * uses; {@link dev.jwasm.parser.inspect.ReportText} and {@link dev.jwasm.parser.inspect.ReportJson}
 * render the {@link dev.jwasm.parser.inspect.ModuleReport} for people and for programs.
 * {@link dev.jwasm.parser.inspect.SectionLayout} reads the section headers the report's offsets
 * come from.
 */
package dev.jwasm.parser.inspect;
