package dev.jwasm.cli;

import dev.jwasm.spectest.ModulePipeline;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code jwasm} command line. */
@Command(name = "jwasm", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A WebAssembly runtime in pure Java.",
        subcommands = {RunSubcommand.class, ReplSubcommand.class, WastSubcommand.class, ValidateSubcommand.class,
            InspectSubcommand.class, Wat2WasmSubcommand.class, Wasm2WatSubcommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    private final ModulePipeline pipeline;

    @Spec
    private CommandSpec spec;

    /** The command line over jwasm's own front end. */
    public Main() {
        this(new dev.jwasm.spectest.JwasmPipeline());
    }

    /** The command line over another front end (tests). */
    public Main(ModulePipeline pipeline) {
        this.pipeline = pipeline;
    }

    ModulePipeline pipeline() {
        return pipeline;
    }

    /** Without a subcommand: the usage, and the status of a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("jwasm: missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /**
     * The command line, with unexpected exceptions reported in one line (status 70) instead of
     * a stack trace.
     */
    public static CommandLine commandLine(Main main) {
        CommandLine commandLine = new CommandLine(main);
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            PrintWriter err = cl.getErr();
            err.println("jwasm: " + ModuleInput.internalError(e));
            err.flush();
            return 70;
        });
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(commandLine(new Main()).execute(args));
    }

    /** The version from the jar's manifest (set by the build). */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"jwasm " + (version == null ? "(development build)" : version),
                "WebAssembly 3.0, interpreter tier; Java " + System.getProperty("java.version")};
        }
    }
}
