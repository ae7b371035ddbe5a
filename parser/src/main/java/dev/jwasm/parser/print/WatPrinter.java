package dev.jwasm.parser.print;

import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.WasmModule;
import java.util.List;

/**
 * Prints a module in the WebAssembly text format. Reading the text back with jwasm's WAT parser
 * gives a module that encodes to the same bytes as this one, except for what
 * {@link TextFidelity#losses} lists (choices of the binary encoding that text cannot make).
 * Names from the name section become {@code $identifiers}; entities without a name are referred
 * to by index.
 */
public final class WatPrinter {
    /**
     * How to print.
     *
     * @param folded        nest operands inside the instructions that use them,
     *                      {@code (i32.add (local.get 0) (i32.const 1))}, instead of one
     *                      instruction per line
     * @param indexComments mark unnamed definitions with their index, {@code (func (;3;) ...)}
     */
    public record Options(boolean folded, boolean indexComments) {
        /** Flat instructions, index comments. */
        public static final Options FLAT = new Options(false, true);
        /** Folded instructions, index comments. */
        public static final Options FOLDED = new Options(true, true);
    }

    private WatPrinter() {
    }

    /** The module as text, flat. */
    public static String print(WasmModule module) {
        return print(module, Options.FLAT);
    }

    public static String print(WasmModule module, Options options) {
        StringBuilder sb = new StringBuilder(4096);
        new ModulePrinter(module, options, sb).module();
        return sb.append('\n').toString();
    }

    /**
     * One function (by function index, imports included) as it appears in the module's text:
     * a {@code (func ...)} field, or an import for an imported function.
     *
     * @throws IndexOutOfBoundsException when there is no such function
     */
    public static String printFunction(WasmModule module, int functionIndex, Options options) {
        int count = module.importCount(ExternKind.FUNC) + module.functions().size();
        if (functionIndex < 0 || functionIndex >= count) {
            throw new IndexOutOfBoundsException("no function " + functionIndex + " (the module has " + count + ")");
        }
        StringBuilder sb = new StringBuilder(1024);
        new ModulePrinter(module, options, sb).function(functionIndex);
        return sb.append('\n').toString();
    }

    /** See {@link TextFidelity#losses}. */
    public static List<String> textLosses(WasmModule module) {
        return TextFidelity.losses(module);
    }
}
