package dev.jwasm.interpreter;

import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.GlobalType;
import dev.jwasm.parser.model.Import;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.TagType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.gc.GcLayouts;
import dev.jwasm.validator.ValidatedModule;
import dev.jwasm.validator.types.CanonicalType;
import dev.jwasm.validator.types.TypeCodes;
import java.util.ArrayList;
import java.util.List;

/** What the {@link Predecoder} needs to know about a module's index spaces, gathered once per module. */
final class ModuleFacts {
    static final byte NUM = 0;
    static final byte V128 = 1;
    static final byte REF = 2;

    final ValidatedModule module;
    final GcLayouts layouts;
    final List<ValType> globalTypes = new ArrayList<>();
    final List<Boolean> memory64 = new ArrayList<>();
    final List<Integer> tagTypes = new ArrayList<>();

    ModuleFacts(ValidatedModule module, Engine engine) {
        this.module = module;
        this.layouts = engine.gcLayouts();
        WasmModule m = module.module();
        for (Import im : m.imports()) {
            if (im.type().kind() == ExternKind.GLOBAL) {
                globalTypes.add(((GlobalType) im.type()).valueType());
            } else if (im.type().kind() == ExternKind.MEMORY) {
                memory64.add(((MemoryType) im.type()).limits().is64());
            } else if (im.type().kind() == ExternKind.TAG) {
                tagTypes.add(((TagType) im.type()).typeIndex());
            }
        }
        for (dev.jwasm.parser.model.Global g : m.globals()) {
            globalTypes.add(g.type().valueType());
        }
        for (MemoryType mt : m.memories()) {
            memory64.add(mt.limits().is64());
        }
        for (TagType t : m.tags()) {
            tagTypes.add(t.typeIndex());
        }
    }

    /** The kind (and so slot width) of a value type. */
    static byte kind(ValType t) {
        return t.kind() == ValType.Kind.V128 ? V128 : t.isRef() ? REF : NUM;
    }

    /** The kind of a {@link TypeCodes} value type code. */
    static byte kindOfCode(int code) {
        return code == TypeCodes.V128 ? V128 : TypeCodes.isRef(code) ? REF : NUM;
    }

    static byte[] kindsOfCodes(int[] codes) {
        byte[] k = new byte[codes.length];
        for (int i = 0; i < codes.length; i++) {
            k[i] = kindOfCode(codes[i]);
        }
        return k;
    }

    static int slots(byte[] kinds) {
        int n = 0;
        for (byte k : kinds) {
            n += k == V128 ? 2 : 1;
        }
        return n;
    }

    CanonicalType type(int typeIndex) {
        return module.type(typeIndex);
    }

    CanonicalType functionType(int funcIndex) {
        return module.type(module.functionTypeIndex(funcIndex));
    }

    byte[] tagParams(int tagIndex) {
        return kindsOfCodes(module.type(tagTypes.get(tagIndex)).params());
    }

    boolean isMemory64(int memoryIndex) {
        return memory64.get(memoryIndex);
    }
}
