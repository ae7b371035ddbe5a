package dev.jwasm.interpreter;

import dev.jwasm.parser.Feature;
import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Store;
import dev.jwasm.runtime.Value;
import java.nio.charset.StandardCharsets;

/** Test helper: instantiate WAT text with the interpreter and call exports. */
final class Wasm {
    static final Engine ENGINE = Engine.builder().feature(Feature.THREADS, true).feature(Feature.LEGACY_EXCEPTIONS, true)
            .feature(Feature.WIDE_ARITHMETIC, true).feature(Feature.CUSTOM_PAGE_SIZES, true).build();

    final Engine engine;
    final Store store;
    final Linker linker;
    final Instance instance;

    Wasm(String wat) {
        this(ENGINE, new Linker(ENGINE), wat);
    }

    Wasm(Engine engine, Linker linker, String wat) {
        this.engine = engine;
        this.store = engine.newStore();
        this.linker = linker;
        this.instance = linker.instantiate(store, engine.compile(wat.getBytes(StandardCharsets.UTF_8)));
    }

    Value[] call(String name, Value... args) {
        return instance.function(name).call(args);
    }

    int i32(String name, Value... args) {
        return call(name, args)[0].asInt();
    }

    long i64(String name, Value... args) {
        return call(name, args)[0].asLong();
    }

    static Value i(int v) {
        return Value.i32(v);
    }

    static Value l(long v) {
        return Value.i64(v);
    }
}
