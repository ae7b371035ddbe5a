package dev.jwasm.spectest;

import dev.jwasm.parser.model.WasmModule;
import java.util.Arrays;

/**
 * A module a script has defined: decoded and validated, ready to be instantiated.
 *
 * @param id     the script's name for it (without {@code $}), or null
 * @param line   the line of the command that defined it
 * @param module the module as decoded from its binary form
 * @param binary its binary form (for a text module: as jwasm's encoder wrote it)
 */
public record ModuleDefinition(String id, int line, WasmModule module, byte[] binary) {

    @Override
    public boolean equals(Object o) {
        return o instanceof ModuleDefinition d && java.util.Objects.equals(d.id, id) && d.line == line
                && d.module.equals(module) && Arrays.equals(d.binary, binary);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, line, module) * 31 + Arrays.hashCode(binary);
    }

    @Override
    public String toString() {
        return "ModuleDefinition[" + (id == null ? "" : "$" + id) + " line " + line + ", "
                + binary.length + " bytes]";
    }
}
