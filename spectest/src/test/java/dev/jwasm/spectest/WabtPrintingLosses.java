package dev.jwasm.spectest;

import dev.jwasm.parser.model.BlockType;
import dev.jwasm.parser.model.ConstExpr;
import dev.jwasm.parser.model.DataSegment;
import dev.jwasm.parser.model.ElementSegment;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.FunctionBody;
import dev.jwasm.parser.model.Global;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.NameSection;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.SegmentMode;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.model.WasmModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What wabt 1.0.32 (Debian's) cannot express, so the oracle does not hold it against us.
 *
 * <p>Places where its {@code wasm2wat} prints different binary encodings as the same text, so
 * that no parser can get the original bytes back from its output ({@link #normalize}):
 * <ul>
 * <li>a block type given by a type index whose function type is {@code [] -> []} or
 *     {@code [] -> [t]} is printed in the inline form ({@code block} / {@code block (result t)});</li>
 * <li>an element segment of type {@code funcref} whose items are all {@code ref.func} is printed
 *     as {@code func x*}, which WebAssembly 3.0 reads as type {@code (ref func)};</li>
 * <li>tag names of the name section are not printed at all.</li>
 * </ul>
 * Constructs it prints in a pre-3.0 syntax that means something else today, or in a syntax
 * no 3.0 parser accepts ({@link #printedInOldSyntax}): {@code memory.init} with a memory
 * index (printed data-first), active data segments in a memory other than 0 (printed as
 * {@code (data $mem ...)}, which now names the segment), and constant expressions of more
 * than one instruction (extended const, printed as one unbalanced folded instruction), and
 * names that are not plain identifier characters (3.0 writes them {@code $"..."}; wabt
 * mangles them).
 */
final class WabtPrintingLosses {
    private WabtPrintingLosses() {}

    static WasmModule normalize(WasmModule m) {
        List<SubType> types = m.types();
        List<FunctionBody> codes = new ArrayList<>();
        for (FunctionBody body : m.codes()) {
            List<Instruction> code = new ArrayList<>(body.instructions().size());
            for (Instruction i : body.instructions()) {
                code.add(i instanceof Instruction.Block b ? new Instruction.Block(b.opcode(), inline(b.type(), types)) : i);
            }
            codes.add(new FunctionBody(body.locals(), code));
        }
        List<ElementSegment> elements = new ArrayList<>();
        for (ElementSegment e : m.elements()) {
            boolean allRefFunc = e.items().stream().allMatch(WabtPrintingLosses::isRefFunc);
            ValType type = allRefFunc && e.type().equals(ValType.FUNCREF)
                    ? ValType.ref(false, ValType.FUNCREF.heapType()) : e.type();
            elements.add(new ElementSegment(e.mode(), e.tableIndex(), e.offset(), type, e.items()));
        }
        NameSection n = m.names();
        NameSection names = new NameSection(n.moduleName(), n.functionNames(), n.localNames(), n.typeNames(),
                n.tableNames(), n.memoryNames(), n.globalNames(), n.elementNames(), n.dataNames(), Map.of());
        return new WasmModule(m.recTypes(), m.imports(), m.functions(), m.tables(), m.memories(), m.globals(),
                m.tags(), m.exports(), m.startFunction(), elements, m.dataCount(), codes, m.data(),
                m.customSections(), names);
    }

    /** Whether wabt 1.0.32 prints part of this module in a syntax that a 3.0 parser reads differently or rejects. */
    static boolean printedInOldSyntax(WasmModule m) {
        for (DataSegment d : m.data()) {
            if (d.mode() == SegmentMode.ACTIVE && (d.memoryIndex() != 0 || isExtended(d.offset()))) {
                return true;
            }
        }
        for (ElementSegment e : m.elements()) {
            if (e.mode() == SegmentMode.ACTIVE && isExtended(e.offset())) {
                return true;
            }
        }
        for (Global g : m.globals()) {
            if (isExtended(g.init())) {
                return true;
            }
        }
        if (hasNameWabtMangles(m.names())) {
            return true;
        }
        for (FunctionBody body : m.codes()) {
            for (Instruction i : body.instructions()) {
                if (i.opcode() == Opcode.MEMORY_INIT && ((Instruction.TwoIndices) i).second() != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasNameWabtMangles(NameSection n) {
        List<Map<Integer, String>> maps = new ArrayList<>(List.of(n.functionNames(), n.typeNames(), n.tableNames(),
                n.memoryNames(), n.globalNames(), n.elementNames(), n.dataNames(), n.tagNames()));
        maps.addAll(n.localNames().values());
        if (n.moduleName() != null && !isIdChars(n.moduleName())) {
            return true;
        }
        return maps.stream().flatMap(map -> map.values().stream()).anyMatch(name -> !isIdChars(name));
    }

    private static boolean isIdChars(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                    || "!#$%&'*+-./:<=>?@\\^_`|~".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isExtended(ConstExpr e) {
        return e != null && e.instructions().size() > 2;
    }

    private static BlockType inline(BlockType type, List<SubType> types) {
        if (!type.isTypeIndex() || !(types.get(type.typeIndex()).composite() instanceof FuncType f)
                || !f.params().isEmpty() || f.results().size() > 1) {
            return type;
        }
        return f.results().isEmpty() ? BlockType.EMPTY : BlockType.of(f.results().get(0));
    }

    private static boolean isRefFunc(ConstExpr e) {
        return e.instructions().size() == 2 && e.instructions().get(0).opcode() == Opcode.REF_FUNC;
    }
}
