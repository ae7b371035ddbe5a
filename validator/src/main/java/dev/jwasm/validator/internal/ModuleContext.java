package dev.jwasm.validator.internal;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.validator.InvalidModuleException;
import dev.jwasm.validator.types.AbstractHeaps;
import dev.jwasm.validator.types.CanonicalType;
import dev.jwasm.validator.types.TypeCodes;
import dev.jwasm.validator.types.TypeRegistry;
import java.util.HashMap;
import java.util.Map;

/**
 * The validation context C of one module: its index spaces as compact arrays of type codes,
 * filled in the order the spec makes them visible (a global's initializer sees only earlier
 * globals, for instance), and the conversion of model types into {@link TypeCodes}.
 */
final class ModuleContext {
    final TypeRegistry registry;
    final Features features;
    private final boolean gc;
    private final boolean typedRefs;
    private final boolean referenceTypes;
    private final boolean simd;
    private final boolean exceptions;

    int[] typeIds = StackMachine.NONE;
    CanonicalType[] types = new CanonicalType[0];

    int[] funcTypes = StackMachine.NONE;
    int funcCount;

    int[] tableElem = StackMachine.NONE;
    boolean[] table64 = new boolean[0];
    int tableCount;

    boolean[] memory64 = new boolean[0];
    int memoryCount;

    int[] globalType = StackMachine.NONE;
    boolean[] globalMutable = new boolean[0];
    int globalCount;

    int[] tagTypes = StackMachine.NONE;
    int tagCount;

    int[] elemType = StackMachine.NONE;
    int elemCount;

    int dataCount;

    boolean[] declaredFuncs = new boolean[0];

    private Map<Integer, Integer> typeIndexOfId;

    ModuleContext(TypeRegistry registry, Features features) {
        this.registry = registry;
        this.features = features;
        this.gc = features.has(Feature.GC);
        this.typedRefs = features.has(Feature.FUNCTION_REFERENCES);
        this.referenceTypes = features.has(Feature.REFERENCE_TYPES);
        this.simd = features.has(Feature.SIMD);
        this.exceptions = features.has(Feature.EXCEPTIONS);
    }

    // ---------------------------------------------------------------- types

    /** The code of a value type; checks that its type index exists and its feature is on. */
    int code(ValType t) {
        if (t == null) {
            throw new InvalidModuleException("malformed value type");
        }
        switch (t.kind()) {
            case I32: return TypeCodes.I32;
            case I64: return TypeCodes.I64;
            case F32: return TypeCodes.F32;
            case F64: return TypeCodes.F64;
            case V128:
                requireFeature(simd, Feature.SIMD);
                return TypeCodes.V128;
            default:
                break;
        }
        requireFeature(referenceTypes, Feature.REFERENCE_TYPES);
        if (!t.nullable()) {
            requireFeature(typedRefs, Feature.FUNCTION_REFERENCES);
        }
        return TypeCodes.ref(heapCode(t.heapType()), t.nullable());
    }

    int heapCode(HeapType ht) {
        if (ht == null) {
            throw new InvalidModuleException("malformed heap type");
        }
        if (ht.isConcrete()) {
            requireFeature(typedRefs, Feature.FUNCTION_REFERENCES);
            return TypeCodes.concreteHeap(typeId(ht.typeIndex()));
        }
        int h = AbstractHeaps.code(ht.abstractType());
        switch (h) {
            case TypeCodes.HEAP_FUNC:
            case TypeCodes.HEAP_EXTERN:
                break;
            case TypeCodes.HEAP_EXN:
            case TypeCodes.HEAP_NOEXN:
                requireFeature(exceptions, Feature.EXCEPTIONS);
                if (h == TypeCodes.HEAP_NOEXN) {
                    requireFeature(gc, Feature.GC);
                }
                break;
            default:
                requireFeature(gc, Feature.GC);
                break;
        }
        return h;
    }

    private static void requireFeature(boolean on, Feature f) {
        if (!on) {
            throw new InvalidModuleException("feature " + f.cliName() + " is not enabled");
        }
    }

    /** The canonical id of a type index; "unknown type" when out of range. */
    int typeId(int index) {
        if (index < 0 || index >= typeIds.length) {
            throw new InvalidModuleException("unknown type " + Integer.toUnsignedString(index));
        }
        return typeIds[index];
    }

    CanonicalType type(int index) {
        typeId(index);
        return types[index];
    }

    CanonicalType funcType(int index) {
        CanonicalType t = type(index);
        if (t.kind() != CanonicalType.Kind.FUNC) {
            throw new InvalidModuleException("non-function type " + Integer.toUnsignedString(index));
        }
        return t;
    }

    CanonicalType structType(int index) {
        CanonicalType t = type(index);
        if (t.kind() != CanonicalType.Kind.STRUCT) {
            throw new InvalidModuleException("non-structure type " + Integer.toUnsignedString(index));
        }
        return t;
    }

    CanonicalType arrayType(int index) {
        CanonicalType t = type(index);
        if (t.kind() != CanonicalType.Kind.ARRAY) {
            throw new InvalidModuleException("non-array type " + Integer.toUnsignedString(index));
        }
        return t;
    }

    /** {@code (ref null? $index)} for a type index known to exist. */
    int refTo(int typeIndex, boolean nullable) {
        return TypeCodes.ref(TypeCodes.concreteHeap(typeIds[typeIndex]), nullable);
    }

    // ---------------------------------------------------------------- index spaces

    static InvalidModuleException unknown(String what, int index) {
        return new InvalidModuleException("unknown " + what + " " + Integer.toUnsignedString(index));
    }

    /** The type index of a function. */
    int func(int index) {
        if (index < 0 || index >= funcCount) {
            throw unknown("function", index);
        }
        return funcTypes[index];
    }

    void checkTable(int index) {
        if (index < 0 || index >= tableCount) {
            throw unknown("table", index);
        }
    }

    void checkMemory(int index) {
        if (index < 0 || index >= memoryCount) {
            throw unknown("memory", index);
        }
    }

    int memoryAddress(int index) {
        checkMemory(index);
        return memory64[index] ? TypeCodes.I64 : TypeCodes.I32;
    }

    int tableAddress(int index) {
        checkTable(index);
        return table64[index] ? TypeCodes.I64 : TypeCodes.I32;
    }

    void checkGlobal(int index) {
        if (index < 0 || index >= globalCount) {
            throw unknown("global", index);
        }
    }

    /** The function type index of a tag. */
    int tag(int index) {
        if (index < 0 || index >= tagCount) {
            throw unknown("tag", index);
        }
        return tagTypes[index];
    }

    int elem(int index) {
        if (index < 0 || index >= elemCount) {
            throw unknown("elem segment", index);
        }
        return elemType[index];
    }

    void checkData(int index) {
        if (index < 0 || index >= dataCount) {
            throw unknown("data segment", index);
        }
    }

    // ---------------------------------------------------------------- names for messages

    String typeName(int code) {
        return TypeCodes.toString(code, this::definedTypeName);
    }

    String typeNames(int[] codes, int count) {
        return typeNames(codes, 0, count);
    }

    String typeNames(int[] codes, int from, int count) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < count; k++) {
            sb.append(k == 0 ? "" : " ").append(typeName(codes[from + k]));
        }
        return sb.append(']').toString();
    }

    private String definedTypeName(int id) {
        if (typeIndexOfId == null) {
            typeIndexOfId = new HashMap<>();
            for (int i = typeIds.length - 1; i >= 0; i--) {
                typeIndexOfId.put(typeIds[i], i);
            }
        }
        Integer index = typeIndexOfId.get(id);
        return index != null ? Integer.toString(index) : "#" + id;
    }
}
