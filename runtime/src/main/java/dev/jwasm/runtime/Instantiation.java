package dev.jwasm.runtime;

import dev.jwasm.parser.model.DataSegment;
import dev.jwasm.parser.model.ElementSegment;
import dev.jwasm.parser.model.Export;
import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.Import;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.SegmentMode;
import dev.jwasm.parser.model.TagType;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.runtime.internal.ConstEvaluator;
import dev.jwasm.runtime.internal.ImportMatcher;
import dev.jwasm.runtime.internal.TypeCodesOf;
import dev.jwasm.validator.ValidatedModule;
import dev.jwasm.validator.types.CanonicalType;
import java.util.List;

/**
 * Instantiation in the spec's order: check imports, allocate tags, functions, globals,
 * tables and memories (globals and table initializers may refer to earlier globals and to
 * functions), evaluate segments, export, then run active element segments, active data
 * segments and the start function. A trap in a segment leaves earlier writes in place.
 */
final class Instantiation {
    private Instantiation() {}

    static Instance run(Store store, Module module, Extern[] imports) {
        ValidatedModule vm = module.validated();
        WasmModule m = vm.module();
        List<Import> importList = m.imports();
        for (int i = 0; i < imports.length; i++) {
            Import im = importList.get(i);
            String why = ImportMatcher.mismatch(im.type(), imports[i], vm);
            if (why != null) {
                throw new UnlinkableException("incompatible import type for \"" + im.module() + "\" \"" + im.name()
                        + "\": " + why);
            }
        }
        store.addInstance();
        Instance inst = new Instance(module, store, vm.functionCount(),
                m.importCount(ExternKind.TABLE) + m.tables().size(),
                m.importCount(ExternKind.MEMORY) + m.memories().size(),
                m.importCount(ExternKind.GLOBAL) + m.globals().size(),
                m.importCount(ExternKind.TAG) + m.tags().size(), m.data().size(), m.elements().size());
        int fn = 0;
        int tb = 0;
        int me = 0;
        int gl = 0;
        int tg = 0;
        for (Extern e : imports) {
            switch (e.kind()) {
                case FUNC -> inst.functions[fn++] = (WasmFunction) e;
                case TABLE -> inst.tables[tb++] = (Table) e;
                case MEMORY -> inst.memories[me++] = (Memory) e;
                case GLOBAL -> inst.globals[gl++] = (Global) e;
                case TAG -> inst.tags[tg++] = (Tag) e;
            }
        }
        for (TagType t : m.tags()) {
            CanonicalType ct = vm.type(t.typeIndex());
            inst.tags[tg++] = new Tag(funcType(m, t.typeIndex()), ct.id());
        }
        dev.jwasm.runtime.tier.ModuleCode code = module.code().instantiate(inst);
        for (int d = 0; d < vm.definedFunctionCount(); d++) {
            inst.functions[fn++] = code.function(d);
        }
        ConstEvaluator eval = new ConstEvaluator(inst);
        for (dev.jwasm.parser.model.Global g : m.globals()) {
            Global global = new Global(g.type().valueType(), TypeCodesOf.valType(g.type().valueType(), vm),
                    g.type().mutable(), vm.registry());
            inst.globals[gl++] = global;
            eval.initialize(global, g.init());
        }
        ResourceLimits limits = store.limits();
        for (dev.jwasm.parser.model.Table t : m.tables()) {
            Object init = t.init() == null ? null : eval.reference(t.init());
            inst.tables[tb++] = new Table(t.type(), TypeCodesOf.valType(t.type().elementType(), vm), vm.registry(),
                    limits.maxTableElements(), init);
        }
        for (MemoryType mt : m.memories()) {
            inst.memories[me++] = new Memory(mt, limits);
        }
        List<DataSegment> data = m.data();
        for (int i = 0; i < data.size(); i++) {
            inst.datas[i] = data.get(i).bytes();
        }
        List<ElementSegment> elems = m.elements();
        for (int i = 0; i < elems.size(); i++) {
            List<dev.jwasm.parser.model.ConstExpr> items = elems.get(i).items();
            Object[] refs = new Object[items.size()];
            for (int k = 0; k < refs.length; k++) {
                refs[k] = eval.reference(items.get(k));
            }
            inst.elems[i] = refs;
        }
        for (Export x : m.exports()) {
            inst.exports.put(x.name(), switch (x.kind()) {
                case FUNC -> inst.functions[x.index()];
                case TABLE -> inst.tables[x.index()];
                case MEMORY -> inst.memories[x.index()];
                case GLOBAL -> inst.globals[x.index()];
                case TAG -> inst.tags[x.index()];
            });
        }
        for (int i = 0; i < elems.size(); i++) {
            ElementSegment seg = elems.get(i);
            if (seg.mode() == SegmentMode.ACTIVE) {
                Table table = inst.tables[seg.tableIndex()];
                long offset = eval.offset(seg.offset(), table.is64());
                table.init(offset, inst.elems[i], 0, inst.elems[i].length);
                inst.dropElem(i);
            } else if (seg.mode() == SegmentMode.DECLARATIVE) {
                inst.dropElem(i);
            }
        }
        for (int i = 0; i < data.size(); i++) {
            DataSegment seg = data.get(i);
            if (seg.mode() == SegmentMode.ACTIVE) {
                Memory memory = inst.memories[seg.memoryIndex()];
                long offset = eval.offset(seg.offset(), memory.is64());
                memory.init(offset, inst.datas[i], 0, inst.datas[i].length);
                inst.dropData(i);
            }
        }
        if (m.startFunction() >= 0) {
            inst.functions[(int) m.startFunction()].call();
        }
        return inst;
    }

    static dev.jwasm.parser.model.FuncType funcType(WasmModule m, int typeIndex) {
        return (dev.jwasm.parser.model.FuncType) m.types().get(typeIndex).composite();
    }
}
