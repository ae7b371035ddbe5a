package dev.jwasm.wasi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Memory;
import dev.jwasm.runtime.Value;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What {@link WasiConfig} gives a guest, seen through raw preview1 calls from a small text module. */
class WasiConfigTest {
    private static final Engine ENGINE = Engine.create();
    private static final String MODULE = """
            (module
              (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "clock_time_get" (func $clock_time_get (param i32 i64 i32) (result i32)))
              (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
              (memory (export "memory") 1)
              (func (export "random") (param i32 i32) (result i32) (call $random_get (local.get 0) (local.get 1)))
              (func (export "now") (param $clock i32) (result i64)
                (drop (call $clock_time_get (local.get $clock) (i64.const 1) (i32.const 0)))
                (i64.load (i32.const 0)))
              (func (export "envCount") (result i32)
                (drop (call $environ_sizes_get (i32.const 0) (i32.const 4)))
                (i32.load (i32.const 0)))
              (func (export "env") (result i32) (call $environ_get (i32.const 1024) (i32.const 4096)))
              (func (export "argsSizes") (result i32) (call $args_sizes_get (i32.const 0) (i32.const 4)))
              ;; reads up to $n bytes from stdin into 2048; returns the count
              (func (export "read") (param $n i32) (result i32)
                (i32.store (i32.const 16) (i32.const 2048))
                (i32.store (i32.const 20) (local.get $n))
                (drop (call $fd_read (i32.const 0) (i32.const 16) (i32.const 1) (i32.const 24)))
                (i32.load (i32.const 24)))
              (func (export "write") (param $fd i32) (param $at i32) (param $n i32) (result i32)
                (i32.store (i32.const 16) (local.get $at))
                (i32.store (i32.const 20) (local.get $n))
                (call $fd_write (local.get $fd) (i32.const 16) (i32.const 1) (i32.const 24)))
              ;; polls stdin for reading and a relative monotonic clock of $timeout ns; returns the first event's userdata
              (func (export "pollStdin") (param $timeout i64) (result i64)
                (i64.store (i32.const 512) (i64.const 1))
                (i32.store8 (i32.const 520) (i32.const 1))
                (i32.store (i32.const 528) (i32.const 0))
                (i64.store (i32.const 560) (i64.const 2))
                (i32.store8 (i32.const 568) (i32.const 0))
                (i32.store (i32.const 576) (i32.const 1))
                (i64.store (i32.const 584) (local.get $timeout))
                (i64.store (i32.const 592) (i64.const 0))
                (i32.store16 (i32.const 600) (i32.const 0))
                (drop (call $poll_oneoff (i32.const 512) (i32.const 640) (i32.const 2) (i32.const 8)))
                (i64.load (i32.const 640))))
            """;

    private static Instance instantiate(WasiPreview1 wasi) {
        return wasi.addTo(new Linker(ENGINE)).instantiate(ENGINE.newStore(),
                ENGINE.compile(MODULE.getBytes(StandardCharsets.UTF_8)));
    }

    private static Value[] call(Instance instance, String name, Value... args) {
        return instance.function(name).call(args);
    }

    private static byte[] randomBytes(Random random) throws IOException {
        try (WasiPreview1 wasi = WasiPreview1.create(WasiConfig.builder().random(random).build())) {
            Instance instance = instantiate(wasi);
            assertEquals(0, call(instance, "random", Value.i32(100), Value.i32(64))[0].asInt());
            byte[] out = new byte[64];
            instance.memory("memory").read(100, out, 0, 64);
            return out;
        }
    }

    @Test
    void aSeededRandomMakesRandomGetReproducible() throws IOException {
        assertArrayEquals(randomBytes(new Random(42)), randomBytes(new Random(42)));
        assertFalse(java.util.Arrays.equals(randomBytes(new Random(42)), randomBytes(new Random(43))));
    }

    @Test
    void randomGetOutsideMemoryIsEfault() throws IOException {
        try (WasiPreview1 wasi = WasiPreview1.create(WasiConfig.builder().build())) {
            Instance instance = instantiate(wasi);
            assertEquals(Errno.FAULT, call(instance, "random", Value.i32(65530), Value.i32(64))[0].asInt());
        }
    }

    @Test
    @Timeout(10)
    void aVirtualClockMovesOnlyWhenTheGuestSleeps() throws IOException {
        long start = 1_700_000_000_000_000_000L;
        WasiConfig config = WasiConfig.builder().clock(WasiClock.virtual(start))
                .stdin(new PipedInputStream(new PipedOutputStream())).build();
        try (WasiPreview1 wasi = WasiPreview1.create(config)) {
            Instance instance = instantiate(wasi);
            assertEquals(start, call(instance, "now", Value.i32(0))[0].asLong());
            assertEquals(0, call(instance, "now", Value.i32(1))[0].asLong());
            // stdin never becomes ready, so the 1-hour clock subscription fires: at once, in virtual time
            assertEquals(2, call(instance, "pollStdin", Value.i64(3_600_000_000_000L))[0].asLong());
            assertEquals(3_600_000_000_000L, call(instance, "now", Value.i32(1))[0].asLong());
            assertEquals(start + 3_600_000_000_000L, call(instance, "now", Value.i32(0))[0].asLong());
        }
    }

    @Test
    void environmentIsExactlyWhatWasGiven() throws IOException {
        WasiConfig config = WasiConfig.builder().env("A", "1").env("B", "x=y").env("A", "2").build();
        try (WasiPreview1 wasi = WasiPreview1.create(config)) {
            Instance instance = instantiate(wasi);
            assertEquals(2, call(instance, "envCount")[0].asInt());
            assertEquals(0, call(instance, "env")[0].asInt());
            byte[] text = new byte[12];
            instance.memory("memory").read(4096, text, 0, text.length);
            assertEquals("A=2\0B=x=y\0\0\0", new String(text, StandardCharsets.UTF_8));
        }
        try (WasiPreview1 wasi = WasiPreview1.create(WasiConfig.builder().build())) {
            assertEquals(0, call(instantiate(wasi), "envCount")[0].asInt(), "nothing inherited by default");
        }
        try (WasiPreview1 wasi = WasiPreview1.create(WasiConfig.builder().inheritEnv().build())) {
            assertEquals(System.getenv().size(), call(instantiate(wasi), "envCount")[0].asInt());
        }
        assertThrows(IllegalArgumentException.class, () -> WasiConfig.builder().env("A=B", "c"));
    }

    @Test
    @Timeout(10)
    void stdinAndStdoutAreJavaStreams() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        WasiConfig config = WasiConfig.builder().stdin(new ByteArrayInputStream("input!".getBytes(StandardCharsets.UTF_8)))
                .stdout(out).stderr(err).build();
        try (WasiPreview1 wasi = WasiPreview1.create(config)) {
            Instance instance = instantiate(wasi);
            assertEquals(1, call(instance, "pollStdin", Value.i64(5_000_000_000L))[0].asLong(), "stdin is ready");
            assertEquals(6, call(instance, "read", Value.i32(100))[0].asInt());
            assertEquals(0, call(instance, "read", Value.i32(100))[0].asInt(), "end of input");
            assertEquals(1, call(instance, "pollStdin", Value.i64(5_000_000_000L))[0].asLong(), "ready at the end");
            assertEquals(0, call(instance, "write", Value.i32(1), Value.i32(2048), Value.i32(6))[0].asInt());
            assertEquals(0, call(instance, "write", Value.i32(2), Value.i32(2048), Value.i32(5))[0].asInt());
            assertEquals(Errno.BADF, call(instance, "write", Value.i32(0), Value.i32(2048), Value.i32(5))[0].asInt());
            assertEquals(Errno.FAULT, call(instance, "write", Value.i32(1), Value.i32(65535), Value.i32(5))[0].asInt());
        }
        assertEquals("input!", out.toString(StandardCharsets.UTF_8));
        assertEquals("input", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(10)
    void pollWaitsForStdinData() throws Exception {
        PipedOutputStream writer = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(writer);
        try (WasiPreview1 wasi = WasiPreview1.create(WasiConfig.builder().stdin(in).build())) {
            Instance instance = instantiate(wasi);
            assertEquals(2, call(instance, "pollStdin", Value.i64(20_000_000L))[0].asLong(), "nothing yet: the clock");
            Thread feeder = new Thread(() -> {
                try {
                    Thread.sleep(100);
                    writer.write('x');
                    writer.flush();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            feeder.start();
            assertEquals(1, call(instance, "pollStdin", Value.i64(5_000_000_000L))[0].asLong(), "woken by data");
            assertEquals(1, call(instance, "read", Value.i32(10))[0].asInt());
            feeder.join();
        }
    }

    @Test
    void aMissingPreopenFailsCreation() {
        WasiConfig config = WasiConfig.builder().preopen(Path.of("/no/such/directory"), "/x").build();
        IOException e = assertThrows(IOException.class, () -> WasiPreview1.create(config));
        assertTrue(e.getMessage().contains("/no/such/directory"), e.getMessage());
    }

    @Test
    void everyPreview1FunctionIsProvided() {
        assertEquals(46, WasiPreview1.functionNames().size());
        assertTrue(WasiPreview1.functionNames().containsAll(java.util.List.of("args_get", "args_sizes_get",
                "environ_get", "environ_sizes_get", "clock_res_get", "clock_time_get", "fd_advise", "fd_allocate",
                "fd_close", "fd_datasync", "fd_fdstat_get", "fd_fdstat_set_flags", "fd_fdstat_set_rights",
                "fd_filestat_get", "fd_filestat_set_size", "fd_filestat_set_times", "fd_pread", "fd_prestat_get",
                "fd_prestat_dir_name", "fd_pwrite", "fd_read", "fd_readdir", "fd_renumber", "fd_seek", "fd_sync",
                "fd_tell", "fd_write", "path_create_directory", "path_filestat_get", "path_filestat_set_times",
                "path_link", "path_open", "path_readlink", "path_remove_directory", "path_rename", "path_symlink",
                "path_unlink_file", "poll_oneoff", "proc_exit", "proc_raise", "sched_yield", "random_get",
                "sock_accept", "sock_recv", "sock_send", "sock_shutdown")));
    }

    @Test
    void argsSizesOfAnEmptyArgv() throws IOException {
        try (WasiPreview1 wasi = WasiPreview1.create(WasiConfig.builder().build())) {
            Instance instance = instantiate(wasi);
            assertEquals(0, call(instance, "argsSizes")[0].asInt());
            Memory m = instance.memory("memory");
            assertEquals(0, m.loadI32(0));
            assertEquals(0, m.loadI32(4));
        }
    }
}
