package dev.jwasm.spectest;

import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.validator.ValidatedModule;

/**
 * A module a script has defined: decoded and validated, ready to be instantiated.
 *
 * @param id        the script's name for it (without {@code $}), or null
 * @param line      the line of the command that defined it
 * @param validated the module as decoded from its binary form, with what validation found
 * @param binary    its binary form (for a text module: as jwasm's encoder wrote it)
 */
public record ModuleDefinition(String id, int line, ValidatedModule validated, byte[] binary) {

    public WasmModule module() {
        return validated.module();
    }

    public byte[] binary() {
        return binary.clone();
    }

    // Identity semantics: definitions are compared as the objects the runner made.
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "ModuleDefinition[" + (id == null ? "" : "$" + id) + " line " + line + ", "
                + binary.length + " bytes]";
    }
}
