package dev.jwasm.cli;

import dev.jwasm.cli.repl.JLineConsole;
import dev.jwasm.cli.repl.LoadOptions;
import dev.jwasm.cli.repl.Output;
import dev.jwasm.cli.repl.Repl;
import dev.jwasm.cli.repl.PipedLines;
import dev.jwasm.cli.repl.Session;
import dev.jwasm.cli.repl.WasiHostImports;
import dev.jwasm.parser.Features;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jwasm repl [FILE]}: the interactive shell. */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = {"An interactive shell: load modules, list their imports and exports, call functions, "
                + "read and set globals, dump memory, disassemble functions. Type :help inside.",
            "On a terminal: line editing, history in ~/.jwasm_history, Tab completion, colour. With input from a "
                + "pipe or file: one command a line, no prompt; the exit status is 1 when any input failed."})
final class ReplSubcommand implements Callable<Integer> {

    /** Colour choice. */
    enum ColorMode { auto, always, never }

    @Spec
    private CommandSpec spec;

    @Mixin
    private FeatureOptions featureOptions;

    @Parameters(paramLabel = "FILE", index = "0", arity = "0..1", description = "A module to load first (.wasm or .wat).")
    private Path file;

    @Parameters(paramLabel = "ARG", index = "1..*", arity = "0..*",
            description = "Program arguments for FILE (WASI).")
    private List<String> programArgs = new ArrayList<>();

    @Option(names = "--dir", paramLabel = "HOST[::GUEST]", description = "Preopen a directory for FILE (WASI).")
    private List<String> dirs = new ArrayList<>();

    @Option(names = "--env", paramLabel = "NAME=VALUE", description = "An environment variable for FILE (WASI).")
    private List<String> env = new ArrayList<>();

    @Option(names = "--color", paramLabel = "WHEN", description = "auto (default: on a colour terminal), always, never.")
    private ColorMode color = ColorMode.auto;

    @Option(names = "--history", paramLabel = "FILE", description = "The history file (default: ~/.jwasm_history).")
    private Path history;

    @Option(names = "--echo", description = "With piped input: show each input after a prompt (a transcript).")
    private boolean echo;

    @Override
    public Integer call() throws IOException {
        Features features = featureOptions.apply(Features.wasm3());
        Session session = new Session(features, new WasiHostImports("jwasm-repl"));
        LoadOptions options = loadOptions();
        if (options == null) {
            return 2;
        }
        boolean interactive = System.console() != null;
        if (!interactive) {
            PrintWriter out = spec.commandLine().getOut();
            Repl repl = new Repl(session, new Output(out, color == ColorMode.always))
                    .echo(echo, JLineConsole.PROMPT);
            repl.loadFirst(file, options);
            repl.run(new PipedLines(new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()))));
            return repl.failures() > 0 ? 1 : 0;
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            boolean colored = color == ColorMode.always || color == ColorMode.auto && JLineConsole.hasColor(terminal)
                    && System.getenv("NO_COLOR") == null;
            Repl repl = new Repl(session, new Output(terminal.writer(), colored));
            Path historyFile = history != null ? history : Path.of(System.getProperty("user.home"), ".jwasm_history");
            JLineConsole console = JLineConsole.create(terminal, repl, historyFile, colored);
            terminal.writer().println("jwasm REPL; :help lists the commands, Ctrl-D leaves.");
            repl.loadFirst(file, options);
            repl.run(console);
            console.saveHistory();
            terminal.writer().flush();
        }
        return 0;
    }

    private LoadOptions loadOptions() {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String e : env) {
            int eq = e.indexOf('=');
            if (eq <= 0) {
                spec.commandLine().getErr().println("jwasm repl: --env takes NAME=VALUE, not '" + e + "'");
                return null;
            }
            variables.put(e.substring(0, eq), e.substring(eq + 1));
        }
        List<LoadOptions.Preopen> preopens = new ArrayList<>();
        for (String d : dirs) {
            int sep = d.indexOf("::");
            String host = sep < 0 ? d : d.substring(0, sep);
            preopens.add(new LoadOptions.Preopen(Path.of(host), sep < 0 ? host : d.substring(sep + 2)));
        }
        return new LoadOptions(programArgs, variables, preopens);
    }
}
