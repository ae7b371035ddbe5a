package dev.jwasm.spectest.exec;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.Limits;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.TableType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Global;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Memory;
import dev.jwasm.runtime.Table;
import dev.jwasm.runtime.Value;
import java.util.List;

/**
 * The {@code spectest} module the scripts import from, with the exports of the reference
 * interpreter's {@code spectest.ml} (plus the threads proposal's {@code shared_memory}):
 * print functions that do nothing, globals of value 666 / 666.6, a 10..20 funcref table
 * (also as table64) and a 1..2 page memory.
 */
final class SpectestHost {
    private SpectestHost() {}

    static void define(Linker linker, Engine engine) {
        print(linker, "print");
        print(linker, "print_i32", ValType.I32);
        print(linker, "print_i64", ValType.I64);
        print(linker, "print_f32", ValType.F32);
        print(linker, "print_f64", ValType.F64);
        print(linker, "print_i32_f32", ValType.I32, ValType.F32);
        print(linker, "print_f64_f64", ValType.F64, ValType.F64);
        linker.define("spectest", "global_i32", Global.create(ValType.I32, false, Value.i32(666)));
        linker.define("spectest", "global_i64", Global.create(ValType.I64, false, Value.i64(666)));
        linker.define("spectest", "global_f32", Global.create(ValType.F32, false, Value.f32(666.6f)));
        linker.define("spectest", "global_f64", Global.create(ValType.F64, false, Value.f64(666.6)));
        linker.define("spectest", "table", Table.create(new TableType(ValType.FUNCREF, new Limits(10, 20, false)), null));
        linker.define("spectest", "table64", Table.create(new TableType(ValType.FUNCREF, new Limits(10, 20, true)), null));
        linker.define("spectest", "memory",
                Memory.create(new MemoryType(new Limits(1, 2, false), false, MemoryType.DEFAULT_PAGE_SIZE_LOG2)));
        linker.define("spectest", "shared_memory",
                Memory.create(new MemoryType(new Limits(1, 2, false), true, MemoryType.DEFAULT_PAGE_SIZE_LOG2)));
    }

    private static void print(Linker linker, String name, ValType... params) {
        linker.define("spectest", name, new FuncType(List.of(params), List.of()), (caller, args) -> new Value[0]);
    }
}
