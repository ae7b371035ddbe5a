package dev.jwasm.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code run} in the picocli command tree, so that {@code jwasm --help} lists it. The
 * launcher's entry point ({@link Jwasm}) sends {@code jwasm run} straight to
 * {@link RunCommand}, which parses its own command line ({@link RunOptions}).
 */
@Command(name = "run", description = {"Run a WASI command module (.wasm or .wat): jwasm run [OPTIONS] FILE [ARGS...]",
    "Also: jwasm FILE [ARGS...]. See 'jwasm run --help' for the options."})
final class RunSubcommand implements Callable<Integer> {

    @Unmatched
    private List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        return RunCommand.main(args);
    }
}
