package dev.jwasm.parser.binary;

import dev.jwasm.parser.model.ConstExpr;
import dev.jwasm.parser.model.CustomSection;
import dev.jwasm.parser.model.DataSegment;
import dev.jwasm.parser.model.ElementSegment;
import dev.jwasm.parser.model.Export;
import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.ExternType;
import dev.jwasm.parser.model.FunctionBody;
import dev.jwasm.parser.model.Global;
import dev.jwasm.parser.model.GlobalType;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Import;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Locals;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.NameSection;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.RecType;
import dev.jwasm.parser.model.SegmentMode;
import dev.jwasm.parser.model.Table;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.TagType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.model.WasmModule;
import java.util.List;
import java.util.Objects;

/**
 * Encodes a module model in the canonical binary format: shortest LEB128s, reference type
 * shorthands for nullable abstract types, empty sections omitted, the compact element segment
 * forms when the segment's type is {@code (ref func)} and every item is a single
 * {@code ref.func}, and the data count section whenever the model has one or a function refers
 * to a data segment. Custom sections go back after the section they followed; a non-empty
 * {@link NameSection} becomes a "name" custom section at the end unless the model already
 * carries a raw one. Branch hints of the bodies become a "metadata.code.branch_hint" section
 * just before the code section.
 */
public final class ModuleEncoder {
    /** Known section ids in the order the format requires. */
    private static final int[] SECTION_ORDER = {1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11};
    private static final ValType REF_FUNC = ValType.ref(false, HeapType.FUNC);

    private final WasmModule module;
    private final ByteWriter out = new ByteWriter(4096);
    private final ByteWriter section = new ByteWriter(4096);
    /** Per body, each instruction's byte offset from the body's start; null for bodies without hints. */
    private final List<int[]> instructionOffsets = new java.util.ArrayList<>();
    private boolean hasBranchHints;

    private ModuleEncoder(WasmModule module) {
        this.module = module;
    }

    public static byte[] encode(WasmModule module) {
        Objects.requireNonNull(module, "module");
        return new ModuleEncoder(module).module();
    }

    private byte[] module() {
        // the code section comes after the data count section but decides whether it is needed
        ByteWriter code = new ByteWriter(4096);
        boolean usesDataIndex = codeSection(code);
        out.fixed32(0x6D736100);
        out.fixed32(1);
        customSectionsAfter(0);
        for (int id : SECTION_ORDER) {
            section.reset();
            if (id == 10) {
                if (hasBranchHints) {
                    branchHintSection(); // the proposal places it just before the code section
                }
                if (!module.codes().isEmpty()) {
                    out.u8(id);
                    out.sized(code);
                }
            } else if (writeSection(id, usesDataIndex)) {
                out.u8(id);
                out.sized(section);
            }
            customSectionsAfter(id);
        }
        for (CustomSection c : module.customSections()) {
            if (!isKnownPlace(c.afterSection())) {
                customSection(c);
            }
        }
        if (!module.names().equals(NameSection.EMPTY) && !hasRawNameSection()) {
            ByteWriter content = new ByteWriter();
            NameSectionEncoder.encode(content, module.names());
            out.u8(0);
            ByteWriter name = new ByteWriter();
            name.name("name");
            name.append(content);
            out.sized(name);
        }
        return out.toByteArray();
    }

    private static boolean isKnownPlace(int afterSection) {
        return afterSection >= 0 && afterSection <= 13;
    }

    private boolean hasRawNameSection() {
        for (CustomSection c : module.customSections()) {
            if (c.name().equals("name")) {
                return true;
            }
        }
        return false;
    }

    private void customSectionsAfter(int id) {
        for (CustomSection c : module.customSections()) {
            if (c.afterSection() == id) {
                customSection(c);
            }
        }
    }

    private void branchHintSection() {
        ByteWriter content = new ByteWriter();
        content.name(BranchHintSection.NAME);
        BranchHintSection.write(content, module.importCount(ExternKind.FUNC), module.codes(), instructionOffsets);
        out.u8(0);
        out.sized(content);
    }

    private void customSection(CustomSection c) {
        ByteWriter content = new ByteWriter(c.content().length + 16);
        content.name(c.name());
        content.bytes(c.content());
        out.u8(0);
        out.sized(content);
    }

    /** Writes the content of section {@code id} into {@link #section}; false when it is omitted. */
    private boolean writeSection(int id, boolean usesDataIndex) {
        ByteWriter w = section;
        WasmModule m = module;
        switch (id) {
            case 1:
                if (m.recTypes().isEmpty()) {
                    return false;
                }
                w.u32(m.recTypes().size());
                for (RecType r : m.recTypes()) {
                    TypeEncoder.recType(w, r);
                }
                return true;
            case 2:
                if (m.imports().isEmpty()) {
                    return false;
                }
                w.u32(m.imports().size());
                for (Import i : m.imports()) {
                    importEntry(w, i);
                }
                return true;
            case 3:
                if (m.functions().isEmpty()) {
                    return false;
                }
                w.u32(m.functions().size());
                for (int typeIndex : m.functions()) {
                    w.u32(typeIndex);
                }
                return true;
            case 4:
                if (m.tables().isEmpty()) {
                    return false;
                }
                w.u32(m.tables().size());
                for (Table t : m.tables()) {
                    if (t.init() != null) {
                        w.u8(0x40);
                        w.u8(0x00);
                        TypeEncoder.tableType(w, t.type());
                        constExpr(w, t.init());
                    } else {
                        TypeEncoder.tableType(w, t.type());
                    }
                }
                return true;
            case 5:
                if (m.memories().isEmpty()) {
                    return false;
                }
                w.u32(m.memories().size());
                for (MemoryType mt : m.memories()) {
                    TypeEncoder.memoryType(w, mt);
                }
                return true;
            case 13:
                if (m.tags().isEmpty()) {
                    return false;
                }
                w.u32(m.tags().size());
                for (TagType t : m.tags()) {
                    TypeEncoder.tagType(w, t);
                }
                return true;
            case 6:
                if (m.globals().isEmpty()) {
                    return false;
                }
                w.u32(m.globals().size());
                for (Global g : m.globals()) {
                    TypeEncoder.globalType(w, g.type());
                    constExpr(w, g.init());
                }
                return true;
            case 7:
                if (m.exports().isEmpty()) {
                    return false;
                }
                w.u32(m.exports().size());
                for (Export e : m.exports()) {
                    w.name(e.name());
                    w.u8(e.kind().code());
                    w.u32(e.index());
                }
                return true;
            case 8:
                if (m.startFunction() < 0) {
                    return false;
                }
                w.u32((int) m.startFunction());
                return true;
            case 9:
                if (m.elements().isEmpty()) {
                    return false;
                }
                w.u32(m.elements().size());
                for (ElementSegment e : m.elements()) {
                    elementSegment(w, e);
                }
                return true;
            case 12:
                if (m.dataCount() >= 0) {
                    w.u32((int) m.dataCount());
                    return true;
                }
                if (usesDataIndex) {
                    w.u32(m.data().size());
                    return true;
                }
                return false;
            case 11:
                if (m.data().isEmpty()) {
                    return false;
                }
                w.u32(m.data().size());
                for (DataSegment d : m.data()) {
                    dataSegment(w, d);
                }
                return true;
            default:
                throw new IllegalStateException("section id " + id);
        }
    }

    private static void importEntry(ByteWriter w, Import i) {
        w.name(i.module());
        w.name(i.name());
        ExternType t = i.type();
        w.u8(t.kind().code());
        if (t instanceof ExternType.Func f) {
            w.u32(f.typeIndex());
        } else if (t instanceof TableType tt) {
            TypeEncoder.tableType(w, tt);
        } else if (t instanceof MemoryType mt) {
            TypeEncoder.memoryType(w, mt);
        } else if (t instanceof GlobalType gt) {
            TypeEncoder.globalType(w, gt);
        } else {
            TypeEncoder.tagType(w, (TagType) t);
        }
    }

    private static void constExpr(ByteWriter w, ConstExpr e) {
        CodeEncoder.instructions(w, e.instructions());
    }

    private static void elementSegment(ByteWriter w, ElementSegment e) {
        boolean active = e.mode() == SegmentMode.ACTIVE;
        if (e.type().equals(REF_FUNC) && allSingleRefFunc(e.items())) {
            if (active && e.tableIndex() == 0) {
                w.u8(0);
                constExpr(w, e.offset());
            } else if (active) {
                w.u8(2);
                w.u32(e.tableIndex());
                constExpr(w, e.offset());
                w.u8(0x00);
            } else {
                w.u8(e.mode() == SegmentMode.PASSIVE ? 1 : 3);
                w.u8(0x00);
            }
            w.u32(e.items().size());
            for (ConstExpr item : e.items()) {
                w.u32(((Instruction.Index) item.instructions().get(0)).index());
            }
            return;
        }
        if (active && e.tableIndex() == 0 && e.type().equals(ValType.FUNCREF)) {
            w.u8(4);
            constExpr(w, e.offset());
        } else if (active) {
            w.u8(6);
            w.u32(e.tableIndex());
            constExpr(w, e.offset());
            TypeEncoder.valType(w, e.type());
        } else {
            w.u8(e.mode() == SegmentMode.PASSIVE ? 5 : 7);
            TypeEncoder.valType(w, e.type());
        }
        w.u32(e.items().size());
        for (ConstExpr item : e.items()) {
            constExpr(w, item);
        }
    }

    private static boolean allSingleRefFunc(List<ConstExpr> items) {
        for (ConstExpr item : items) {
            List<Instruction> ins = item.instructions();
            if (ins.size() != 2 || ins.get(0).opcode() != Opcode.REF_FUNC || ins.get(1).opcode() != Opcode.END) {
                return false;
            }
        }
        return true;
    }

    /** Writes the code section's content; true when a body refers to a data segment. */
    private boolean codeSection(ByteWriter w) {
        List<FunctionBody> codes = module.codes();
        w.u32(codes.size());
        ByteWriter body = new ByteWriter(1024);
        boolean usesDataIndex = false;
        for (FunctionBody f : codes) {
            body.reset();
            body.u32(f.locals().size());
            for (Locals l : f.locals()) {
                body.u32(l.count());
                TypeEncoder.valType(body, l.type());
            }
            int[] offsets = null;
            if (!f.branchHints().isEmpty()) {
                offsets = new int[f.instructions().size()];
                hasBranchHints = true;
            }
            instructionOffsets.add(offsets);
            usesDataIndex |= CodeEncoder.instructions(body, f.instructions(), offsets);
            w.sized(body);
        }
        return usesDataIndex;
    }

    private static void dataSegment(ByteWriter w, DataSegment d) {
        if (d.mode() == SegmentMode.PASSIVE) {
            w.u8(1);
        } else if (d.memoryIndex() == 0) {
            w.u8(0);
            constExpr(w, d.offset());
        } else {
            w.u8(2);
            w.u32(d.memoryIndex());
            constExpr(w, d.offset());
        }
        w.u32(d.bytes().length);
        w.bytes(d.bytes());
    }

}
