package dev.jwasm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The run the launcher makes its class-data archive from ({@code -XX:ArchiveClassesAtExit}):
 * {@code jwasm run} on a WASI hello world (the C test program, kept as a resource), on a
 * text module with {@code --invoke} and a trap, then the command tree of the other
 * commands, so that the classes all these load are in the archive.
 * JDK 17 has no automatic archive of application classes (JDK 19 added one); with this one
 * {@code jwasm run hello.wasm} starts in about half the time.
 */
public final class CdsTraining {
    private CdsTraining() {}

    public static void main(String[] args) throws IOException {
        Path module = Files.createTempFile("jwasm-cds-training", ".wasm");
        Path text = Files.createTempFile("jwasm-cds-training", ".wat");
        try (InputStream in = CdsTraining.class.getResourceAsStream("cds-training.wasm")) {
            if (in == null) {
                throw new IOException("cds-training.wasm is missing from the jar");
            }
            Files.write(module, in.readAllBytes());
            int status = RunCommand.main(List.of(module.toString()));
            if (status != 0) {
                System.err.println("jwasm: the class-data training run ended with status " + status);
            }
            // a text module, --invoke and a trap's backtrace
            Files.writeString(text, "(module (func (export \"f\") (param i32) (result i32)"
                    + " (if (local.get 0) (then unreachable)) (i32.const 7)))");
            RunCommand.main(List.of("--invoke", "f", text.toString(), "0"));
            RunCommand.main(List.of("--invoke", "f", text.toString(), "1"));
        } finally {
            Files.deleteIfExists(module);
            Files.deleteIfExists(text);
        }
        Main.commandLine(new Main()).execute("--version");
        System.exit(0);
    }
}
