package dev.jwasm.parser.inspect;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.print.WatFragments;
import dev.jwasm.parser.model.ArrayType;
import dev.jwasm.parser.model.BlockType;
import dev.jwasm.parser.model.CompositeType;
import dev.jwasm.parser.model.ConstExpr;
import dev.jwasm.parser.model.DataSegment;
import dev.jwasm.parser.model.ElementSegment;
import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.FieldType;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.FunctionBody;
import dev.jwasm.parser.model.Global;
import dev.jwasm.parser.model.GlobalType;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Import;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.Locals;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.RecType;
import dev.jwasm.parser.model.SegmentMode;
import dev.jwasm.parser.model.StorageType;
import dev.jwasm.parser.model.StructType;
import dev.jwasm.parser.model.SubType;
import dev.jwasm.parser.model.Table;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.TagType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.model.WasmModule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the language features a module uses beyond the MVP: from the opcode table's feature of
 * every instruction, and from types, limits and segment forms. Each feature is reported once,
 * with the first place it was seen.
 */
final class FeatureScanner {
    private final WasmModule m;
    private final WatFragments text;
    private final Map<Feature, String> found = new EnumMap<>(Feature.class);

    private FeatureScanner(WasmModule m, WatFragments text) {
        this.m = m;
        this.text = text;
    }

    static List<ModuleReport.FeatureUse> scan(WasmModule m, WatFragments text, boolean hasDataCountSection) {
        FeatureScanner s = new FeatureScanner(m, text);
        s.types();
        s.imports();
        s.definitions();
        if (hasDataCountSection) {
            s.use(Feature.BULK_MEMORY, "data count section");
        }
        s.code();
        List<ModuleReport.FeatureUse> out = new ArrayList<>();
        for (Map.Entry<Feature, String> e : s.found.entrySet()) {
            out.add(new ModuleReport.FeatureUse(e.getKey(), e.getValue()));
        }
        return out;
    }

    private void use(Feature f, String where) {
        found.putIfAbsent(f, where);
    }

    // ---- types ----

    private void types() {
        int index = 0;
        for (RecType group : m.recTypes()) {
            if (group.subTypes().size() != 1) {
                use(Feature.GC, "type " + index + ": recursive group of " + group.subTypes().size());
            }
            for (SubType s : group.subTypes()) {
                String where = "type " + index;
                if (!s.isFinal() || !s.supertypes().isEmpty()) {
                    use(Feature.GC, where + ": sub type");
                }
                CompositeType c = s.composite();
                if (c instanceof FuncType f) {
                    funcType(f, where);
                } else if (c instanceof StructType st) {
                    use(Feature.GC, where + ": struct");
                    for (FieldType field : st.fields()) {
                        storage(field.storage(), where);
                    }
                } else {
                    use(Feature.GC, where + ": array");
                    storage(((ArrayType) c).element().storage(), where);
                }
                index++;
            }
        }
    }

    private void funcType(FuncType f, String where) {
        if (f.results().size() > 1) {
            use(Feature.MULTI_VALUE, where + ": " + f.results().size() + " results");
        }
        for (ValType t : f.params()) {
            valType(t, where);
        }
        for (ValType t : f.results()) {
            valType(t, where);
        }
    }

    private void storage(StorageType s, String where) {
        if (s instanceof ValType v) {
            valType(v, where);
        }
    }

    /** Features a value type needs (as a value: funcref as a table's element type is the MVP's own). */
    private void valType(ValType t, String where) {
        if (t.kind() == ValType.Kind.V128) {
            use(Feature.SIMD, where + ": v128");
            return;
        }
        if (!t.isRef()) {
            return;
        }
        HeapType h = t.heapType();
        if (!t.nullable() || h.isConcrete()) {
            use(Feature.FUNCTION_REFERENCES, where + ": " + text.valType(t));
        }
        if (h.isConcrete()) {
            return;
        }
        switch (h.abstractType()) {
            case FUNC, EXTERN -> use(Feature.REFERENCE_TYPES, where + ": " + text.valType(t));
            case EXN, NOEXN -> use(Feature.EXCEPTIONS, where + ": " + text.valType(t));
            default -> use(Feature.GC, where + ": " + text.valType(t));
        }
    }

    // ---- imports and definitions ----

    private void imports() {
        int memories = 0;
        int tables = 0;
        for (Import i : m.imports()) {
            String where = "import " + i.module() + "." + i.name();
            if (i.type() instanceof MemoryType mt) {
                memory(mt, where);
                memories++;
            } else if (i.type() instanceof TableType tt) {
                table(tt, where);
                tables++;
            } else if (i.type() instanceof GlobalType g) {
                valType(g.valueType(), where);
            } else if (i.type() instanceof TagType) {
                use(Feature.EXCEPTIONS, where + ": tag");
            }
        }
        if (memories + m.memories().size() > 1) {
            use(Feature.MULTI_MEMORY, (memories + m.memories().size()) + " memories");
        }
        if (tables + m.tables().size() > 1) {
            use(Feature.REFERENCE_TYPES, (tables + m.tables().size()) + " tables");
        }
    }

    private void definitions() {
        for (int i = 0; i < m.memories().size(); i++) {
            memory(m.memories().get(i), "memory " + i);
        }
        for (int i = 0; i < m.tables().size(); i++) {
            Table t = m.tables().get(i);
            table(t.type(), "table " + i);
            if (t.init() != null) {
                use(Feature.FUNCTION_REFERENCES, "table " + i + ": initializer expression");
                constExpr(t.init(), "table " + i);
            }
        }
        for (int i = 0; i < m.globals().size(); i++) {
            Global g = m.globals().get(i);
            valType(g.type().valueType(), "global " + i);
            constExpr(g.init(), "global " + i);
        }
        if (!m.tags().isEmpty()) {
            use(Feature.EXCEPTIONS, "tag 0");
        }
        for (int i = 0; i < m.elements().size(); i++) {
            ElementSegment e = m.elements().get(i);
            String where = "element segment " + i;
            if (e.mode() != SegmentMode.ACTIVE) {
                use(Feature.BULK_MEMORY, where + ": " + e.mode().name().toLowerCase(Locale.ROOT));
            }
            if (e.mode() == SegmentMode.ACTIVE && e.tableIndex() != 0) {
                use(Feature.REFERENCE_TYPES, where + ": table " + Integer.toUnsignedString(e.tableIndex()));
            }
            if (e.offset() != null) {
                constExpr(e.offset(), where);
            }
            if (!isFunctionList(e)) {
                use(Feature.REFERENCE_TYPES,
                        where + ": elements of type " + text.valType(e.type()) + " as expressions");
                valType(e.type(), where);
                for (ConstExpr item : e.items()) {
                    constExpr(item, where);
                }
            }
        }
        for (int i = 0; i < m.data().size(); i++) {
            DataSegment d = m.data().get(i);
            String where = "data segment " + i;
            if (d.mode() == SegmentMode.PASSIVE) {
                use(Feature.BULK_MEMORY, where + ": passive");
            }
            if (d.offset() != null) {
                constExpr(d.offset(), where);
            }
        }
    }

    /** The MVP's form: function indices (as single {@code ref.func}s) of type {@code (ref func)}. */
    private static boolean isFunctionList(ElementSegment e) {
        if (!e.type().equals(ValType.ref(false, HeapType.FUNC))) {
            return false;
        }
        for (ConstExpr item : e.items()) {
            List<Instruction> ins = item.instructions();
            if (ins.size() != 2 || ins.get(0).opcode() != Opcode.REF_FUNC) {
                return false;
            }
        }
        return true;
    }

    private void memory(MemoryType mt, String where) {
        limits(mt.limits(), where);
        if (mt.shared()) {
            use(Feature.THREADS, where + ": shared");
        }
        if (mt.pageSizeLog2() != MemoryType.DEFAULT_PAGE_SIZE_LOG2) {
            use(Feature.CUSTOM_PAGE_SIZES, where + ": page size 2^" + mt.pageSizeLog2());
        }
    }

    private void table(TableType t, String where) {
        limits(t.limits(), where);
        if (!t.elementType().equals(ValType.FUNCREF)) {
            valType(t.elementType(), where);
        }
    }

    private void limits(Limits l, String where) {
        if (l.is64()) {
            use(Feature.MEMORY64, where + ": 64-bit addresses");
        }
    }

    private void constExpr(ConstExpr e, String where) {
        for (Instruction ins : e.instructions()) {
            switch (ins.opcode()) {
                case I32_ADD, I32_SUB, I32_MUL, I64_ADD, I64_SUB, I64_MUL ->
                        use(Feature.EXTENDED_CONST,
                                where + ": " + ins.opcode().mnemonic() + " in a constant expression");
                default -> {
                }
            }
            instruction(ins, where);
        }
    }

    // ---- code ----

    private void code() {
        int first = m.importCount(ExternKind.FUNC);
        for (int i = 0; i < m.codes().size(); i++) {
            FunctionBody body = m.codes().get(i);
            String where = "function " + (first + i);
            for (Locals l : body.locals()) {
                valType(l.type(), where + " locals");
            }
            for (Instruction ins : body.instructions()) {
                instruction(ins, where);
            }
        }
    }

    private void instruction(Instruction ins, String where) {
        Opcode op = ins.opcode();
        Feature f = op.feature();
        if (f != null) {
            use(f, where + ": " + op.mnemonic());
        }
        if (ins instanceof Instruction.Block b) {
            blockType(b.type(), where);
        } else if (ins instanceof Instruction.TryTable t) {
            blockType(t.type(), where);
        } else if (ins instanceof Instruction.MemoryAccess a && a.memory() != 0) {
            use(Feature.MULTI_MEMORY,
                    where + ": " + op.mnemonic() + " on memory " + Integer.toUnsignedString(a.memory()));
        } else if (ins instanceof Instruction.HeapTypeOp h) {
            valType(ValType.ref(true, h.heapType()), where + ": " + op.mnemonic());
        } else if (ins instanceof Instruction.SelectTyped s) {
            for (ValType t : s.types()) {
                valType(t, where + ": select");
            }
        } else if (ins instanceof Instruction.V128Const || op.prefix() == Opcode.SIMD) {
            use(Feature.SIMD, where + ": " + op.mnemonic());
        }
        int memory = -1;
        int table = -1;
        Instruction.TwoIndices two = ins instanceof Instruction.TwoIndices t ? t : null;
        switch (op.immediates()) {
            case MEMORY -> memory = ((Instruction.Index) ins).index();
            case MEMORY_MEMORY -> memory = two.first() | two.second();
            case DATA_MEMORY -> memory = two.second();
            case TABLE_TABLE -> table = two.first() | two.second();
            case ELEM_TABLE, CALL_INDIRECT -> table = two.second();
            default -> {
            }
        }
        if (memory > 0 || memory < -1) {
            use(Feature.MULTI_MEMORY, where + ": " + op.mnemonic() + " on a memory other than 0");
        }
        if (table > 0 || table < -1) {
            use(Feature.REFERENCE_TYPES, where + ": " + op.mnemonic() + " on a table other than 0");
        }
    }

    private void blockType(BlockType b, String where) {
        if (b.isTypeIndex()) {
            use(Feature.MULTI_VALUE, where + ": block type " + b.typeIndex());
        } else if (b.valueType() != null) {
            valType(b.valueType(), where);
        }
    }
}
