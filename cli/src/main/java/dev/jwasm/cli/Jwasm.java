package dev.jwasm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The entry point of the runnable jar. {@code jwasm run ...} and its shorthand
 * {@code jwasm FILE ...} go straight to {@link RunCommand} without loading the picocli
 * command tree (most of {@code run}'s start-up time otherwise); everything else goes to
 * {@link Main}.
 */
public final class Jwasm {
    private Jwasm() {}

    public static void main(String[] args) {
        if (isRun(args)) {
            List<String> rest = Arrays.asList(args);
            System.exit(RunCommand.main(args[0].equals("run") ? rest.subList(1, rest.size()) : rest));
        }
        if (args.length == 2 && args[0].equals("help") && args[1].equals("run")) {
            System.out.print(RunOptions.USAGE);
            System.exit(0);
        }
        Main.main(args);
    }

    /** {@code run}, a module file, or an option of {@code run} (Wasmtime's default command) first. */
    static boolean isRun(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        if (first.equals("run")) {
            return true;
        }
        if (first.startsWith("-")) {
            return !List.of("-h", "--help", "-V", "--version").contains(first);
        }
        return first.endsWith(".wasm") || first.endsWith(".wat") || Files.isRegularFile(Path.of(first));
    }
}
