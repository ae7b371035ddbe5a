package dev.jwasm.wasi.programs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One line of {@code programs.tsv}: a WASI test program run with given arguments,
 * environment, preopened directories, host layout and stdin, and what it must produce. Shared
 * by the in-process tests here and the CLI's end-to-end tests (through the test jar).
 */
public record ProgramCase(String name, String program, List<String> args, List<String> env,
        List<Preopen> preopens, String setup, String stdin, int exit, String stderr) {

    /** {@code GUEST=HOST[:ro]}: HOST relative to the case's temporary directory. */
    public record Preopen(String guest, String host, boolean readOnly) {
    }

    /** The directory holding the programs, their sources, inputs and expected outputs. */
    public static Path directory() {
        String property = System.getProperty("wasi.programs.dir");
        Path dir = property != null ? Path.of(property) : Path.of("src/test/resources/programs");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("../wasi/src/test/resources/programs");
        }
        return dir.toAbsolutePath().normalize();
    }

    public static List<ProgramCase> all() {
        try {
            List<String> lines = Files.readAllLines(directory().resolve("programs.tsv"), StandardCharsets.UTF_8);
            List<ProgramCase> cases = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                List<Preopen> preopens = new ArrayList<>();
                for (String p : list(f[4])) {
                    int eq = p.indexOf('=');
                    String host = p.substring(eq + 1);
                    boolean ro = host.endsWith(":ro");
                    preopens.add(new Preopen(p.substring(0, eq), ro ? host.substring(0, host.length() - 3) : host, ro));
                }
                cases.add(new ProgramCase(f[0], f[1], list(f[2]), list(f[3]), preopens, f[5], f[6],
                        Integer.parseInt(f[7]), f[8].equals("-") ? null : f[8]));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(String field) {
        return field.equals("-") ? List.of() : Arrays.asList(field.split("\\|", -1));
    }

    public Path wasm() {
        return directory().resolve(program + ".wasm");
    }

    /** The bytes stdout must hold exactly. */
    public byte[] expectedStdout() throws IOException {
        return Files.readAllBytes(directory().resolve("expected").resolve(name + ".stdout"));
    }

    /** The stdin file, or null for an empty stdin. */
    public Path stdinFile() {
        return stdin.equals("-") ? null : directory().resolve("input").resolve(stdin);
    }

    /** The guest environment as {@code NAME} and {@code VALUE}. */
    public List<String[]> envPairs() {
        List<String[]> pairs = new ArrayList<>();
        for (String e : env) {
            int eq = e.indexOf('=');
            pairs.add(new String[] {e.substring(0, eq), e.substring(eq + 1)});
        }
        return pairs;
    }

    /** Lays out the host directory for this case's setup; the returned check lists what changed wrongly afterwards. */
    public HostLayout.Check prepare(Path root) throws IOException {
        return HostLayout.prepare(setup, root);
    }

    @Override
    public String toString() {
        return name;
    }
}
