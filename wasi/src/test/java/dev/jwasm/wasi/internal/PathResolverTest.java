package dev.jwasm.wasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.wasi.Errno;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolution inside a preopen: what each path becomes, and which ones are refused with which errno. */
class PathResolverTest {
    @TempDir
    Path tmp;
    private SandboxPath root;

    @BeforeEach
    void layout() throws IOException {
        Path sandbox = Files.createDirectory(tmp.resolve("sandbox"));
        Files.createDirectories(sandbox.resolve("a/b"));
        Files.writeString(sandbox.resolve("a/file.txt"), "x");
        Files.writeString(tmp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(sandbox.resolve("to_b"), Path.of("a/b"));
        Files.createSymbolicLink(sandbox.resolve("a/b/up_one"), Path.of(".."));
        Files.createSymbolicLink(sandbox.resolve("a/b/up_three"), Path.of("../../.."));
        Files.createSymbolicLink(sandbox.resolve("loop1"), Path.of("loop2"));
        Files.createSymbolicLink(sandbox.resolve("loop2"), Path.of("loop1"));
        Files.createSymbolicLink(sandbox.resolve("absolute"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(sandbox.resolve("dangling"), Path.of("nowhere"));
        Files.createSymbolicLink(sandbox.resolve("empty_target_dir"), Path.of("a/"));
        root = SandboxPath.rootOf(new SandboxPath.Root(sandbox.toRealPath(), false));
    }

    private List<String> names(String path, boolean follow) throws ErrnoException {
        return PathResolver.resolve(root, path, follow).names();
    }

    private int errno(String path, boolean follow) {
        return assertThrows(ErrnoException.class, () -> PathResolver.resolve(root, path, follow)).errno();
    }

    @Test
    void pathsThatStayInside() throws ErrnoException {
        assertEquals(List.of("a", "file.txt"), names("a/file.txt", true));
        assertEquals(List.of("a", "file.txt"), names("a//./b/../file.txt", true));
        assertEquals(List.of(), names(".", true));
        assertEquals(List.of(), names("a/..", true));
        assertEquals(List.of("a", "b"), names("to_b", true));
        assertEquals(List.of("to_b"), names("to_b", false), "a final link is not followed unless asked");
        assertEquals(List.of("a", "b"), names("to_b/", false), "a trailing slash follows it");
        assertEquals(List.of("a"), names("to_b/up_one", true));
        assertEquals(List.of("a", "new.txt"), names("a/new.txt", true), "a missing last name, for creating it");
        assertEquals(List.of("nowhere"), names("dangling", true), "a dangling link resolves to its missing target");
        assertEquals(List.of("a"), names("empty_target_dir", true));
    }

    @Test
    void everyWayOutIsNotCapable() {
        for (String path : List.of("..", "../sandbox", "a/../..", "a/b/../../../sandbox/a", "/etc/passwd", "/",
                "a/b/up_three", "a/b/up_three/sandbox/a", "absolute", "to_b/up_one/../..")) {
            assertEquals(Errno.NOTCAPABLE, errno(path, true), path);
        }
    }

    @Test
    void otherFailures() {
        assertEquals(Errno.NOENT, errno("", true));
        assertEquals(Errno.NOENT, errno("missing/x", true));
        assertEquals(Errno.NOTDIR, errno("a/file.txt/x", true));
        assertEquals(Errno.NOTDIR, errno("a/file.txt/", true));
        assertEquals(Errno.LOOP, errno("loop1", true));
        assertEquals(Errno.LOOP, errno("loop1/x", false));
        assertEquals(Errno.INVAL, errno("a\0b", true));
    }

    @Test
    void aDirectoryDescriptorBelowTheRootCannotClimbOutEither() throws ErrnoException {
        SandboxPath b = PathResolver.resolve(root, "a/b", true);
        assertEquals(List.of("a"), PathResolver.resolve(b, "..", true).names());
        assertEquals(List.of(), PathResolver.resolve(b, "../..", true).names());
        assertEquals(Errno.NOTCAPABLE,
                assertThrows(ErrnoException.class, () -> PathResolver.resolve(b, "../../..", true)).errno());
    }
}
