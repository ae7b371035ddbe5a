package dev.jwasm.cli;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.print.WatPrinter;
import dev.jwasm.validator.InvalidModuleException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

/** {@code jwasm wasm2wat FILE [-o OUT.wat] [--folded]}: the binary format to the text format. */
@Command(name = "wasm2wat", mixinStandardHelpOptions = true,
        description = {"Print a module in the WebAssembly text format.",
            "Names from the name section become $identifiers. The text reads back (jwasm wat2wasm) "
                + "to the same bytes, except where a warning on standard error says what text cannot express.",
            "The module is validated first unless --no-check is given."})
final class Wasm2WatSubcommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private FeatureOptions featureOptions;

    @Parameters(paramLabel = "FILE", description = "The module (.wasm; module text is printed again, normalized).")
    private Path input;

    @Option(names = "-o", paramLabel = "OUT.wat", description = "Where to write the text (default: standard output).")
    private Path output;

    @Option(names = {"-f", "--folded"}, description = "Nest operands inside the instructions that use them.")
    private boolean folded;

    @Option(names = "--no-check", description = "Do not validate the module (print what decodes).")
    private boolean noCheck;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path blamed = input;
        String error;
        try {
            byte[] bytes = ModuleInput.read(input);
            Features features = featureOptions.apply(Features.wasm3());
            WasmModule module = ModuleInput.parse(main.pipeline(), input, bytes, features);
            if (!noCheck) {
                main.pipeline().validate(module, features);
            }
            String text = WatPrinter.print(module, folded ? WatPrinter.Options.FOLDED : WatPrinter.Options.FLAT);
            for (String loss : WatPrinter.textLosses(module)) {
                err.println(input + ": warning: " + loss);
            }
            err.flush();
            if (output == null) {
                out.print(text);
                out.flush();
            } else {
                blamed = output;
                Files.write(output, text.getBytes(StandardCharsets.UTF_8));
            }
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
