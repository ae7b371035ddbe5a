package dev.jwasm.parser.print;

import dev.jwasm.parser.model.ConstExpr;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.GlobalType;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.model.WasmModule;
import java.util.List;

/**
 * Pieces of a module's text (types, signatures, constant expressions, single instructions)
 * written as {@link WatPrinter} writes them, with the module's names: for tools that show parts
 * of a module, such as {@code inspect} or a REPL.
 */
public final class WatFragments {
    private final List<SubType> typeList;
    private final TypeText types;
    private final InstructionText text;
    private final StackEffects effects;

    private WatFragments(WasmModule module) {
        this.typeList = module.types();
        Names names = Names.of(module);
        this.types = new TypeText(names);
        this.text = new InstructionText(names, types);
        this.effects = new StackEffects(module);
    }

    public static WatFragments of(WasmModule module) {
        return new WatFragments(module);
    }

    public String valType(ValType t) {
        return types.valType(t);
    }

    /** A type's definition, {@code (func ...)}, {@code (struct ...)} or {@code (sub ...)}; null when out of range. */
    public String type(int typeIndex) {
        return typeIndex >= 0 && typeIndex < typeList.size() ? types.subType(typeList.get(typeIndex)) : null;
    }

    /**
     * The parameters and results of a function type, {@code (param i32) (result i64)} (empty for
     * {@code [] -> []}); {@code (type N)} when the index names no function type.
     */
    public String signature(int typeIndex) {
        FuncType f = Names.functionType(typeList, typeIndex);
        if (f == null) {
            return "(type " + Integer.toUnsignedString(typeIndex) + ")";
        }
        StringBuilder sb = new StringBuilder();
        types.appendSignature(sb, f);
        return sb.toString().trim();
    }

    public String tableType(TableType t) {
        return types.tableType(t);
    }

    public String memoryType(MemoryType m) {
        return TypeText.memoryType(m);
    }

    public String globalType(GlobalType g) {
        String t = types.valType(g.valueType());
        return g.mutable() ? "(mut " + t + ")" : t;
    }

    /** A constant expression on one line, as folded instructions where they fold. */
    public String constExpr(ConstExpr e) {
        List<Instruction> code = e.instructions();
        String folded = FlatCode.hasStructure(code) ? null : FoldedCode.oneLine(code, text, effects);
        if (folded != null) {
            return folded;
        }
        StringBuilder sb = new StringBuilder();
        int n = FlatCode.endsWithEnd(code) ? code.size() - 1 : code.size();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(text.text(code.get(i)));
        }
        return sb.toString();
    }

    /** One instruction, mnemonic and immediates; local names are those of no function. */
    public String instruction(Instruction ins) {
        return text.text(ins);
    }
}
