package dev.jwasm.wasi.programs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The host layouts of {@code programs.tsv}'s setups (see the programs' README) and the
 * checks after a run that nothing changed that must not: outside the preopens (an escape), or
 * inside them where the expected output rules it out.
 */
public final class HostLayout {
    private HostLayout() {}

    /** What changed that must not have; empty when all is well. */
    @FunctionalInterface
    public interface Check {
        List<String> problems() throws IOException;
    }

    static Check prepare(String setup, Path root) throws IOException {
        switch (setup) {
            case "none":
                return List::of;
            case "sandbox": {
                Files.createDirectory(root.resolve("sandbox"));
                return () -> {
                    List<String> p = new ArrayList<>();
                    expectEntries(root, List.of("sandbox"), p);
                    expectEntries(root.resolve("sandbox"), List.of(), p);
                    return p;
                };
            }
            case "escape": {
                Path sandbox = root.resolve("sandbox");
                Files.createDirectories(sandbox.resolve("sub"));
                Files.writeString(root.resolve("outside.txt"), "outside\n");
                Files.writeString(sandbox.resolve("inside.txt"), "inside\n");
                Files.createSymbolicLink(sandbox.resolve("link_in"), Path.of("inside.txt"));
                Files.createSymbolicLink(sandbox.resolve("link_rel_out"), Path.of("../outside.txt"));
                Files.createSymbolicLink(sandbox.resolve("link_up"), Path.of(".."));
                Files.createSymbolicLink(sandbox.resolve("link_abs_out"), root.resolve("outside.txt").toAbsolutePath());
                return () -> {
                    List<String> p = new ArrayList<>();
                    expectEntries(root, List.of("outside.txt", "sandbox"), p);
                    expectText(root.resolve("outside.txt"), "outside\n", p);
                    expectEntries(sandbox, List.of("inside.txt", "link_abs_out", "link_in", "link_rel_out", "link_up",
                            "sub"), p);
                    expectText(sandbox.resolve("inside.txt"), "inside\n", p);
                    expectEntries(sandbox.resolve("sub"), List.of(), p);
                    return p;
                };
            }
            case "readonly": {
                Files.createDirectory(root.resolve("sandbox"));
                Files.createDirectory(root.resolve("readonly"));
                Files.writeString(root.resolve("readonly/data.txt"), "read only\n");
                return () -> {
                    List<String> p = new ArrayList<>();
                    expectEntries(root, List.of("readonly", "sandbox"), p);
                    expectEntries(root.resolve("readonly"), List.of("data.txt"), p);
                    expectText(root.resolve("readonly/data.txt"), "read only\n", p);
                    expectEntries(root.resolve("sandbox"), List.of(), p);
                    return p;
                };
            }
            default:
                throw new IllegalArgumentException("unknown setup " + setup);
        }
    }

    private static void expectEntries(Path dir, List<String> expected, List<String> problems) throws IOException {
        List<String> actual;
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(dir.getFileName() + " is missing");
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            actual = s.map(x -> x.getFileName().toString()).sorted().toList();
        }
        if (!actual.equals(expected)) {
            problems.add(dir.getFileName() + " holds " + actual + ", expected " + expected);
        }
    }

    private static void expectText(Path file, String expected, List<String> problems) throws IOException {
        String actual = Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : null;
        if (!expected.equals(actual)) {
            problems.add(file.getFileName() + " changed: " + actual);
        }
    }

    /** Deletes a directory tree without following symbolic links. */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
