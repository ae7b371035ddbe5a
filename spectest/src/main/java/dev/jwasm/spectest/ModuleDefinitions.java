package dev.jwasm.spectest;

import dev.jwasm.parser.wast.ModuleSource;

/** What an execution backend may ask the runner about the script's modules. */
public interface ModuleDefinitions {

    /** The module defined under this name, or the most recent one when {@code id} is null; null if none. */
    ModuleDefinition find(String id);

    /**
     * Turns a module body into a definition (parse or decode, then validate), as the
     * {@code module} command does; used for the inline modules of {@code assert_unlinkable}
     * and {@code assert_trap}.
     *
     * @throws dev.jwasm.parser.MalformedModuleException when it is malformed
     * @throws dev.jwasm.validator.InvalidModuleException when it is invalid
     */
    ModuleDefinition load(String id, int line, ModuleSource source);
}
