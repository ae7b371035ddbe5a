package dev.jwasm.parser.print;

import static org.junit.jupiter.api.Assertions.fail;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.binary.ModuleDecoder;
import dev.jwasm.parser.binary.ModuleEncoder;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.text.SExpr;
import dev.jwasm.parser.text.SExprReader;
import dev.jwasm.parser.text.TokenKind;
import dev.jwasm.parser.text.WatParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The modules of the official testsuite's .wast scripts, found with the S-expression reader:
 * text modules read with the WAT parser, binary modules decoded with every feature on.
 */
public final class TestsuiteModules {
    /** Every feature the decoder knows, so that proposal tests decode too. */
    public static final Features ALL = Features.wasm3().with(Feature.THREADS, true)
            .with(Feature.CUSTOM_PAGE_SIZES, true).with(Feature.LEGACY_EXCEPTIONS, true)
            .with(Feature.WIDE_ARITHMETIC, true);

    private TestsuiteModules() {
    }

    public static Path testsuite() {
        String dir = System.getProperty("wasm.testsuite.dir");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            fail("The official testsuite is missing: set the Maven property wasm.testsuite.dir to a checkout "
                    + "(see README.md; CI uses ../shared/testsuite). Got: " + dir);
        }
        return Path.of(dir);
    }

    /**
     * A module of a script: where it is, the model it gives, and whether it was written in binary
     * (then {@code bytes} are those bytes; for text modules they are the model's encoding).
     */
    public record Found(String where, WasmModule module, boolean binary, byte[] bytes) {
    }

    /** Counts of what the walk found, for the report. */
    public static final class Counts {
        public int files;
        public int textModules;
        public int textNotParsed;
        public int binaryModules;
        public int binaryNotDecoded;
        /** Scripts with a module that did not parse or decode. */
        public final Set<String> skippedFiles = new TreeSet<>();
    }

    /**
     * The modules of every script: the top-level ones, or those inside assertions other than
     * assert_malformed (invalid, unlinkable and trapping modules, which decode all the same).
     */
    public static List<Found> modules(Counts counts, boolean insideAssertions) {
        Path root = testsuite();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Found> out = new ArrayList<>();
        for (Path file : files) {
            counts.files++;
            String name = root.relativize(file).toString().replace('\\', '/');
            SExpr.Node script;
            try {
                script = SExprReader.read(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                continue; // a script the reader rejects (proposal syntax): its modules are not counted
            }
            for (SExpr form : script.children()) {
                if (!(form instanceof SExpr.Node command)) {
                    continue;
                }
                if (!insideAssertions && command.startsWith("module")) {
                    add(command, name, counts, out);
                } else if (insideAssertions && isAssertion(command)) {
                    for (SExpr child : command.children()) {
                        if (child instanceof SExpr.Node n && n.startsWith("module")) {
                            add(n, name, counts, out);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean isAssertion(SExpr.Node command) {
        return command.size() > 0 && command.get(0) instanceof SExpr.Atom a && a.text().startsWith("assert_")
                && !a.text().startsWith("assert_malformed");
    }

    private static void add(SExpr.Node n, String name, Counts counts, List<Found> out) {
        if (isInstance(n)) {
            return;
        }
        String where = name + ":" + n.line();
        int binaryAt = binaryKeyword(n);
        if (binaryAt >= 0) {
            counts.binaryModules++;
            try {
                byte[] bytes = WatParser.concatenatedStrings(n, binaryAt + 1);
                out.add(new Found(where, ModuleDecoder.decode(bytes, ALL), true, bytes));
            } catch (RuntimeException e) {
                counts.binaryNotDecoded++;
                counts.skippedFiles.add(name);
            }
        } else {
            counts.textModules++;
            try {
                WasmModule m = WatParser.parseModule(n).module();
                out.add(new Found(where, m, false, ModuleEncoder.encode(m)));
            } catch (RuntimeException e) {
                counts.textNotParsed++;
                counts.skippedFiles.add(name);
            }
        }
    }

    /** {@code (module instance $i $m)} instantiates a module definition; it defines none. */
    private static boolean isInstance(SExpr.Node module) {
        return module.size() > 1 && module.get(1) instanceof SExpr.Atom a && a.isKeyword("instance");
    }

    /** Position of {@code binary} in {@code (module $id? definition? binary ...)}, or -1. */
    private static int binaryKeyword(SExpr.Node module) {
        for (int i = 1; i < module.size(); i++) {
            if (module.get(i) instanceof SExpr.Atom a) {
                if (a.isKeyword("binary")) {
                    return i;
                }
                if (a.isKeyword("definition") || a.kind() == TokenKind.ID) {
                    continue;
                }
            }
            return -1;
        }
        return -1;
    }
}
