package dev.jwasm.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the jwasm command line as a separate process (on this test's class path), as a user would. */
final class JwasmProcess {
    private JwasmProcess() {}

    /** What one process run produced. */
    record Result(int exit, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    /** Starts {@code jwasm ARGS} with stdin from {@code stdin} (null: empty) and an empty environment. */
    static Process start(List<String> args, Path stdin, Path stdout, Path stderr) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xss16m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Jwasm.class.getName());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().put("HOST_ONLY", "from the host");
        pb.redirectInput(stdin != null ? stdin.toFile() : new File("/dev/null"));
        pb.redirectOutput(stdout.toFile());
        pb.redirectError(stderr.toFile());
        return pb.start();
    }

    static Result run(List<String> args, Path stdin, Path work) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "stdout", ".txt");
        Path err = Files.createTempFile(work, "stderr", ".txt");
        Process p = start(args, stdin, out, err);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("jwasm " + args + " did not finish in 120 s");
        }
        Result r = new Result(p.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }
}
