package dev.jwasm.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An instantiated module: its index spaces (imported entities first, then its own) and its
 * exports by name.
 *
 * <p>The index-based accessors ({@link #function(int)}, {@link #memory(int)}, ...) are what
 * the execution tiers use; the validator has checked every index a module's code uses.
 */
public final class Instance {
    private final Module module;
    private final Store store;
    final WasmFunction[] functions;
    final Table[] tables;
    final Memory[] memories;
    final Global[] globals;
    final Tag[] tags;
    final byte[][] datas;
    final Object[][] elems;
    final Map<String, Extern> exports = new LinkedHashMap<>();

    private static final byte[] DROPPED_DATA = new byte[0];
    private static final Object[] DROPPED_ELEM = new Object[0];

    Instance(Module module, Store store, int functionCount, int tableCount, int memoryCount, int globalCount,
            int tagCount, int dataCount, int elemCount) {
        this.module = module;
        this.store = store;
        this.functions = new WasmFunction[functionCount];
        this.tables = new Table[tableCount];
        this.memories = new Memory[memoryCount];
        this.globals = new Global[globalCount];
        this.tags = new Tag[tagCount];
        this.datas = new byte[dataCount][];
        this.elems = new Object[elemCount][];
    }

    public Module module() {
        return module;
    }

    public Store store() {
        return store;
    }

    public Engine engine() {
        return module.engine();
    }

    // ---------------------------------------------------------------- exports

    /** The exports in definition order. */
    public Map<String, Extern> exports() {
        return Collections.unmodifiableMap(exports);
    }

    /** The export of that name, or null. */
    public Extern export(String name) {
        return exports.get(name);
    }

    /** The exported function of that name, or null. */
    public WasmFunction function(String name) {
        return exports.get(name) instanceof WasmFunction f ? f : null;
    }

    public Memory memory(String name) {
        return exports.get(name) instanceof Memory m ? m : null;
    }

    public Table table(String name) {
        return exports.get(name) instanceof Table t ? t : null;
    }

    public Global global(String name) {
        return exports.get(name) instanceof Global g ? g : null;
    }

    public Tag tag(String name) {
        return exports.get(name) instanceof Tag t ? t : null;
    }

    // ---------------------------------------------------------------- index spaces (for the tiers)

    public WasmFunction function(int index) {
        return functions[index];
    }

    public int functionCount() {
        return functions.length;
    }

    public Table table(int index) {
        return tables[index];
    }

    public Memory memory(int index) {
        return memories[index];
    }

    public int memoryCount() {
        return memories.length;
    }

    public Global global(int index) {
        return globals[index];
    }

    public Tag tag(int index) {
        return tags[index];
    }

    /** The bytes of a data segment (empty once dropped). */
    public byte[] data(int index) {
        return datas[index];
    }

    /** {@code data.drop}. */
    public void dropData(int index) {
        datas[index] = DROPPED_DATA;
    }

    /** The references of an element segment (empty once dropped). */
    public Object[] elem(int index) {
        return elems[index];
    }

    /** {@code elem.drop}. */
    public void dropElem(int index) {
        elems[index] = DROPPED_ELEM;
    }

    /** The canonical id of one of the module's type indices. */
    public int typeId(int typeIndex) {
        return module.validated().canonicalTypeId(typeIndex);
    }

    @Override
    public String toString() {
        return "instance " + exports.keySet();
    }
}
