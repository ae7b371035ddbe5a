package dev.jwasm.cli;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.validator.InvalidModuleException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jwasm wat2wasm IN.wat -o OUT.wasm}: the text format to the binary format. */
@Command(name = "wat2wasm", mixinStandardHelpOptions = true,
        description = {"Translate a module from the text format to the binary format.",
            "The module is validated first unless --no-check is given."})
final class Wat2WasmSubcommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private FeatureOptions featureOptions;

    @Parameters(paramLabel = "IN.wat", description = "The module text.")
    private Path input;

    @Option(names = "-o", paramLabel = "OUT.wasm", required = true, description = "Where to write the binary module.")
    private Path output;

    @Option(names = "--no-check", description = "Do not validate the module.")
    private boolean noCheck;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path blamed = input;
        String error;
        try {
            byte[] text = ModuleInput.read(input);
            Features features = featureOptions.apply(Features.wasm3());
            WasmModule module = ModuleInput.parseText(main.pipeline(), text, features);
            if (!noCheck) {
                main.pipeline().validate(module, features);
            }
            byte[] binary = main.pipeline().encode(module);
            blamed = output;
            Files.write(output, binary);
            return 0;
        } catch (ModuleInput.UnreadableException | MalformedModuleException | InvalidModuleException e) {
            error = e.getMessage();
        } catch (IOException e) {
            error = "cannot write file: " + e.getMessage();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            error = ModuleInput.internalError(e);
        }
        err.println(blamed + ": error: " + error);
        err.flush();
        return 1;
    }
}
