package dev.jwasm.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Memory;
import dev.jwasm.runtime.Value;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wasi_unstable} (preview0) differs from preview1 in its layouts: {@code whence} is
 * numbered CUR, END, SET; a {@code filestat} has a 32-bit link count (56 bytes); a clock
 * subscription carries an identifier (56-byte subscriptions). A module importing it runs
 * with the same context.
 */
class Preview0Test {
    private static final String MODULE = """
            (module
              (import "wasi_unstable" "path_open"
                (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
              (import "wasi_unstable" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
              (import "wasi_unstable" "fd_seek" (func $fd_seek (param i32 i64 i32 i32) (result i32)))
              (import "wasi_unstable" "fd_filestat_get" (func $fd_filestat_get (param i32 i32) (result i32)))
              (import "wasi_unstable" "path_filestat_get"
                (func $path_filestat_get (param i32 i32 i32 i32 i32) (result i32)))
              (import "wasi_unstable" "poll_oneoff" (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
              (memory (export "memory") 1)
              (data (i32.const 0) "f.txt")
              (data (i32.const 16) "0123456789")
              (func (export "open") (result i32)
                (call $path_open (i32.const 3) (i32.const 1) (i32.const 0) (i32.const 5) (i32.const 1)
                  (i64.const -1) (i64.const -1) (i32.const 0) (i32.const 100)))
              (func (export "write") (param $fd i32) (result i32)
                (i32.store (i32.const 200) (i32.const 16))
                (i32.store (i32.const 204) (i32.const 10))
                (call $fd_write (local.get $fd) (i32.const 200) (i32.const 1) (i32.const 208)))
              (func (export "seek") (param i32 i64 i32) (result i32)
                (call $fd_seek (local.get 0) (local.get 1) (local.get 2) (i32.const 300)))
              (func (export "fstat") (param i32) (result i32)
                (call $fd_filestat_get (local.get 0) (i32.const 400)))
              (func (export "pstat") (result i32)
                (call $path_filestat_get (i32.const 3) (i32.const 0) (i32.const 0) (i32.const 5) (i32.const 500)))
              (func (export "poll") (result i32)
                (i64.store (i32.const 600) (i64.const 7))
                (i32.store8 (i32.const 608) (i32.const 0))
                (i64.store (i32.const 616) (i64.const 99))
                (i32.store (i32.const 624) (i32.const 1))
                (i64.store (i32.const 632) (i64.const 1000000))
                (i64.store (i32.const 640) (i64.const 0))
                (i32.store16 (i32.const 648) (i32.const 0))
                (call $poll_oneoff (i32.const 600) (i32.const 700) (i32.const 1) (i32.const 800))))
            """;

    @TempDir
    Path dir;

    @Test
    void layoutsAndWhenceOfWasiUnstable() throws Exception {
        Engine engine = Engine.create();
        WasiConfig config = WasiConfig.builder().preopen(dir, "/d").build();
        try (WasiPreview1 wasi = WasiPreview1.create(config)) {
            Instance instance = wasi.addTo(new dev.jwasm.runtime.Linker(engine))
                    .instantiate(engine.newStore(), engine.compile(MODULE.getBytes(StandardCharsets.UTF_8)));
            Memory memory = instance.memory("memory");
            assertEquals(0, call(instance, "open"));
            int fd = memory.loadI32(100);
            assertEquals(0, call(instance, "write", Value.i32(fd)));
            assertEquals("0123456789", Files.readString(dir.resolve("f.txt")));

            assertEquals(0, call(instance, "seek", Value.i32(fd), Value.i64(-4), Value.i32(1)), "END");
            assertEquals(6, memory.loadI64(300));
            assertEquals(0, call(instance, "seek", Value.i32(fd), Value.i64(2), Value.i32(2)), "SET");
            assertEquals(2, memory.loadI64(300));
            assertEquals(0, call(instance, "seek", Value.i32(fd), Value.i64(3), Value.i32(0)), "CUR");
            assertEquals(5, memory.loadI64(300));
            assertEquals(Errno.INVAL, call(instance, "seek", Value.i32(fd), Value.i64(0), Value.i32(3)));

            for (String function : new String[] {"fstat", "pstat"}) {
                int at = function.equals("fstat") ? 400 : 500;
                assertEquals(0, function.equals("fstat") ? call(instance, function, Value.i32(fd)) : call(instance, function));
                assertEquals(4, memory.loadU8(at + 16), function + ": regular file");
                assertEquals(1, memory.loadI32(at + 20), function + ": 32-bit link count");
                assertEquals(10, memory.loadI64(at + 24), function + ": size");
            }

            long start = System.nanoTime();
            assertEquals(0, call(instance, "poll"));
            assertEquals(1, memory.loadI32(800), "one event");
            assertEquals(7, memory.loadI64(700), "userdata");
            assertEquals(0, memory.loadU16(708), "no error");
            assertEquals(0, memory.loadU8(710), "a clock event");
            assertEquals(true, System.nanoTime() - start >= 1_000_000, "slept the 1 ms timeout");
        }
    }

    private static int call(Instance instance, String name, Value... args) {
        return instance.function(name).call(args)[0].asInt();
    }
}
