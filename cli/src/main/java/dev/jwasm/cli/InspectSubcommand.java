package dev.jwasm.cli;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.inspect.ModuleInspector;
import dev.jwasm.parser.inspect.ModuleReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jwasm inspect FILE [--json]}: what a module holds and where. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Show what is inside a module: sections with offsets and sizes, types, imports, exports, "
                + "functions (names, body sizes), tables, memories, globals, tags, element and data segments, "
                + "custom sections, and the WebAssembly features it uses.",
            "Module text is encoded first; offsets then refer to that encoding.",
            "Every feature jwasm knows is on while decoding (inspection shows, it does not judge); "
                + "-W switches turn some off. The module is not validated."})
final class InspectSubcommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private FeatureOptions featureOptions;

    @Parameters(paramLabel = "FILE", description = "The module (.wasm or .wat).")
    private Path input;

    @Option(names = "--json", description = "Print the report as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String error;
        try {
            byte[] bytes = ModuleInput.read(input);
            Features features = featureOptions.apply(Features.of(EnumSet.allOf(Feature.class)));
            if (!ModuleInput.isBinary(bytes) && !input.toString().endsWith(".wasm")) {
                bytes = main.pipeline().encode(ModuleInput.parseText(main.pipeline(), bytes, features));
            }
            ModuleReport report = ModuleInspector.inspect(bytes, features);
            String text = json ? report.toJson() : report.toText();
            out.print(text.endsWith("\n") ? text : text + "\n");
            out.flush();
            return 0;
        } catch (ModuleInput.UnreadableException | MalformedModuleException e) {
            error = e.getMessage();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            error = ModuleInput.internalError(e);
        }
        err.println(input + ": error: " + error);
        err.flush();
        return 1;
    }
}
