package dev.jwasm.cli.repl;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How a module is given its host environment when it is loaded: the WASI program arguments,
 * environment variables and preopened directories ({@code --dir HOST[::GUEST]}).
 */
public record LoadOptions(List<String> args, Map<String, String> env, List<Preopen> dirs) {
    /** No arguments, no environment, no directories. */
    public static final LoadOptions NONE = new LoadOptions(List.of(), Map.of(), List.of());

    /** A host directory the guest sees under {@code guestPath}. */
    public record Preopen(Path hostPath, String guestPath) {
    }

    public LoadOptions {
        args = List.copyOf(args);
        env = Map.copyOf(env);
        dirs = List.copyOf(dirs);
    }

    public boolean isEmpty() {
        return args.isEmpty() && env.isEmpty() && dirs.isEmpty();
    }
}
