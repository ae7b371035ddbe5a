package dev.jwasm.spectest;

import dev.jwasm.parser.wast.WastCommand;

/** A runtime's side of one script run (see {@link ExecutionBackend}). */
public interface ScriptExecution {

    /**
     * Instantiates a module a {@code module} command (not a definition) has just defined; the
     * instance takes the command's name.
     */
    CommandOutcome instantiate(WastCommand.Module command, ModuleDefinition definition, ModuleDefinitions modules);

    /**
     * Runs a command that needs execution: {@code module instance}, {@code register}, actions,
     * {@code assert_return}, {@code assert_trap}, {@code assert_exhaustion},
     * {@code assert_exception}, {@code assert_unlinkable}, {@code assert_uninstantiable},
     * {@code thread}, {@code wait}.
     */
    CommandOutcome execute(WastCommand command, ModuleDefinitions modules);
}
