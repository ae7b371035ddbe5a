package dev.jwasm.cli;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.validator.InvalidModuleException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jwasm validate FILE}: decodes or parses a module and validates it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check that a module is well-formed and valid.",
            "FILE is a binary module (recognized by its \\0asm header or a .wasm name) or module text.",
            "Prints 'valid', or 'FILE: error: MESSAGE' and exits with status 1."})
final class ValidateSubcommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private FeatureOptions featureOptions;

    @Parameters(paramLabel = "FILE", description = "The module file (.wasm or .wat).")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String error;
        try {
            byte[] bytes = ModuleInput.read(file);
            Features features = featureOptions.apply(Features.wasm3());
            WasmModule module = ModuleInput.parse(main.pipeline(), file, bytes, features);
            main.pipeline().validate(module, features);
            out.println("valid");
            out.flush();
            return 0;
        } catch (ModuleInput.UnreadableException | MalformedModuleException | InvalidModuleException e) {
            error = e.getMessage();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            error = ModuleInput.internalError(e);
        }
        err.println(file + ": error: " + error);
        err.flush();
        return 1;
    }
}
