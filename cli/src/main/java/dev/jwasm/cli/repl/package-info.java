/**
 * The REPL behind {@code jwasm repl}: a {@link dev.jwasm.cli.repl.Session} (engine, store,
 * linker, the current module) driven by a {@link dev.jwasm.cli.repl.Repl} loop that reads from a
 * terminal through JLine ({@link dev.jwasm.cli.repl.JLineConsole}) or from a pipe
 * ({@link dev.jwasm.cli.repl.PipedLines}). {@link dev.jwasm.cli.repl.HostImports} is where the
 * host's imports (WASI) come in.
 */
package dev.jwasm.cli.repl;
