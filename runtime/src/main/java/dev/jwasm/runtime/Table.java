package dev.jwasm.runtime;

import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.runtime.gc.CastTarget;
import dev.jwasm.runtime.internal.ModuleTypes;
import dev.jwasm.runtime.internal.TypeCodesOf;
import dev.jwasm.validator.types.TypeRegistry;
import java.util.Arrays;

/**
 * A table of references. Indices are unsigned: an i32 index zero-extended, or an i64 index
 * of a 64-bit table; anything past the size traps with "out of bounds table access".
 * Growth is bounded by the declared maximum and the store's {@link ResourceLimits}.
 */
public final class Table implements Extern {
    private final ValType elementType;
    private final int elementTypeCode;
    private final boolean is64;
    private final long declaredMax;
    private final long growthLimit;
    /** What an element must pass; null when anything goes. */
    private final CastTarget elementCheck;
    private Object[] elements;
    private int size;

    /**
     * @param elementTypeCode the element type as a canonical {@link dev.jwasm.validator.types.TypeCodes} code
     * @param maxElements     the store's limit on table size
     */
    public Table(TableType type, int elementTypeCode, long maxElements, Object init) {
        this(type, elementTypeCode, null, maxElements, init);
    }

    /**
     * @param elementTypeCode the element type as a canonical {@link dev.jwasm.validator.types.TypeCodes} code
     * @param registry        the registry of the canonical ids in {@code elementTypeCode}, with which
     *                        elements of concrete types are checked (null: unchecked)
     * @param maxElements     the store's limit on table size
     */
    public Table(TableType type, int elementTypeCode, TypeRegistry registry, long maxElements, Object init) {
        Limits limits = type.limits();
        this.elementType = type.elementType();
        this.elementTypeCode = elementTypeCode;
        this.is64 = limits.is64();
        this.elementCheck = anythingGoes(type.elementType()) ? null
                : ModuleTypes.referenceCheck(type.elementType(), elementTypeCode, registry);
        if (limits.min() != 0) {
            checkElement(init);
        }
        this.declaredMax = limits.hasMax() ? limits.max() : -1;
        long cap = Math.min(maxElements, Integer.MAX_VALUE - 8);
        this.growthLimit = limits.hasMax() && Long.compareUnsigned(limits.max(), cap) < 0 ? limits.max() : cap;
        if (Long.compareUnsigned(limits.min(), cap) > 0) {
            throw new Trap("table size " + Long.toUnsignedString(limits.min()) + " exceeds the limit of " + cap);
        }
        this.size = (int) limits.min();
        this.elements = new Object[size];
        if (init != null) {
            Arrays.fill(elements, init);
        }
    }

    /** A host table of an abstract reference type, with the default limits. */
    public static Table create(TableType type, Object init) {
        return new Table(type, TypeCodesOf.abstractValType(type.elementType()), ResourceLimits.DEFAULT.maxTableElements(),
                init);
    }

    /**
     * A host table of any reference type, including concrete ones such as {@code (ref null $f)}:
     * their type indices are those of {@code module}'s type section. It links with that module,
     * and with any module whose type is the same. Default limits.
     *
     * @throws IllegalArgumentException when a type index is out of range or {@code init} is not of the type
     */
    public static Table create(Module module, TableType type, Object init) {
        return new Table(type, ModuleTypes.valType(module.validated(), type.elementType()),
                module.validated().registry(), ResourceLimits.DEFAULT.maxTableElements(), init);
    }

    /** Nullable {@code externref} and {@code anyref} hold any host object. */
    private static boolean anythingGoes(ValType t) {
        HeapType h = t.heapType();
        return t.nullable() && !h.isConcrete()
                && (h.abstractType() == HeapType.Abstract.EXTERN || h.abstractType() == HeapType.Abstract.ANY);
    }

    public ValType elementType() {
        return elementType;
    }

    public int elementTypeCode() {
        return elementTypeCode;
    }

    public boolean is64() {
        return is64;
    }

    /** The declared maximum, or -1. */
    public long declaredMax() {
        return declaredMax;
    }

    /** The table's current type: its limits have the current size as minimum. */
    public TableType type() {
        return new TableType(elementType, new Limits(size, declaredMax, is64));
    }

    public int size() {
        return size;
    }

    /** Host code could put anything into a table: a function table takes only functions, of its type. */
    private void checkElement(Object value) {
        if (elementCheck != null && !elementCheck.test(value)) {
            throw new IllegalArgumentException("a " + elementType + " table cannot hold " + value);
        }
    }

    private static Trap outOfBounds() {
        return new Trap(TrapMessages.OUT_OF_BOUNDS_TABLE_ACCESS);
    }

    public Object get(long index) {
        if (Long.compareUnsigned(index, size) >= 0) {
            throw outOfBounds();
        }
        return elements[(int) index];
    }

    public void set(long index, Object value) {
        if (Long.compareUnsigned(index, size) >= 0) {
            throw outOfBounds();
        }
        checkElement(value);
        elements[(int) index] = value;
    }

    /** {@code table.grow}: the old size, or -1 when the table cannot grow by {@code delta} (unsigned). */
    public long grow(long delta, Object init) {
        checkElement(init);
        long old = size;
        if (Long.compareUnsigned(delta, growthLimit - old) > 0) {
            return -1;
        }
        int newSize = (int) (old + delta);
        if (newSize > elements.length) {
            try {
                elements = Arrays.copyOf(elements, Math.max(newSize, (int) Math.min(growthLimit, old * 2L)));
            } catch (OutOfMemoryError e) {
                return -1;
            }
        }
        Arrays.fill(elements, (int) old, newSize, init);
        size = newSize;
        return old;
    }

    /** {@code table.fill}. */
    public void fill(long index, Object value, long n) {
        checkRange(index, n, size);
        checkElement(value);
        Arrays.fill(elements, (int) index, (int) (index + n), value);
    }

    /** {@code table.copy} (overlap-safe). */
    public static void copy(Table dst, long d, Table src, long s, long n) {
        checkRange(d, n, dst.size);
        checkRange(s, n, src.size);
        System.arraycopy(src.elements, (int) s, dst.elements, (int) d, (int) n);
    }

    /** {@code table.init} from an element segment's references. */
    public void init(long d, Object[] segment, long s, long n) {
        checkRange(d, n, size);
        checkRange(s, n, segment.length);
        System.arraycopy(segment, (int) s, elements, (int) d, (int) n);
    }

    private static void checkRange(long index, long n, int length) {
        if (Long.compareUnsigned(index, length) > 0 || Long.compareUnsigned(n, length - index) > 0) {
            throw outOfBounds();
        }
    }

    @Override
    public ExternKind kind() {
        return ExternKind.TABLE;
    }

    @Override
    public String toString() {
        return "table " + elementType + " [" + size + "]";
    }
}
