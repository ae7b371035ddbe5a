package dev.jwasm.spectest;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.text.TextSyntaxException;
import dev.jwasm.parser.wast.ModuleSource;
import dev.jwasm.parser.wast.WastCommand;
import dev.jwasm.parser.wast.WastParser;
import dev.jwasm.parser.wast.WastScript;
import dev.jwasm.validator.InvalidModuleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs WAST scripts: the one runner behind the JUnit suite and {@code jwasm wast}.
 *
 * <p>Every top-level command yields exactly one {@link CommandOutcome}. The runner defines
 * and validates modules and checks {@code assert_malformed} / {@code assert_invalid} itself;
 * everything that needs execution goes to the {@link ExecutionBackend}, and without one it is
 * skipped with the reason {@value #NO_EXECUTION}. No exception escapes a command: anything
 * other than the declared module errors is reported as that command's failure.
 */
public final class WastRunner {

    /** The skip reason of commands that need a runtime when none is plugged in. */
    public static final String NO_EXECUTION = "execution not implemented";

    private final ModulePipeline pipeline;
    private final ExecutionBackend backend;

    /** A runner that defines and validates modules but executes nothing. */
    public WastRunner(ModulePipeline pipeline) {
        this(pipeline, null);
    }

    /** A runner that executes through {@code backend} (null: execute nothing). */
    public WastRunner(ModulePipeline pipeline, ExecutionBackend backend) {
        this.pipeline = pipeline;
        this.backend = backend;
    }

    /** Runs a script file; an unreadable file is one failure. */
    public FileResult run(Path file, String name, Features features) {
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return new FileResult(name, List.of(
                    CommandOutcome.failed(0, "script", "a readable file", "cannot read: " + e)));
        }
        return run(name, source, features);
    }

    /** Runs a script given as bytes; a script that is not even S-expressions is one failure. */
    public FileResult run(String name, byte[] source, Features features) {
        WastScript script;
        try {
            script = WastParser.parse(source);
        } catch (TextSyntaxException e) {
            return new FileResult(name, List.of(
                    CommandOutcome.failed(e.line(), "script", "a well-formed script", e.getMessage())));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new FileResult(name, List.of(
                    CommandOutcome.failed(0, "script", "a well-formed script", crash(e))));
        }
        ScriptRun run = new ScriptRun(features);
        List<CommandOutcome> outcomes = new ArrayList<>();
        for (WastCommand command : script.commands()) {
            outcomes.add(run.run(command));
        }
        return new FileResult(name, outcomes);
    }

    /** The state of one script run: its module definitions and the backend's execution. */
    private final class ScriptRun implements ModuleDefinitions {
        private final ModuleLoader loader;
        private final ScriptExecution execution;
        private final Map<String, ModuleDefinition> named = new HashMap<>();
        private ModuleDefinition latest;

        ScriptRun(Features features) {
            this.loader = new ModuleLoader(pipeline, features);
            this.execution = backend == null ? null : backend.start(features);
        }

        @Override
        public ModuleDefinition find(String id) {
            return id == null ? latest : named.get(id);
        }

        @Override
        public ModuleDefinition load(String id, int line, ModuleSource source) {
            return loader.load(id, line, source);
        }

        CommandOutcome run(WastCommand command) {
            try {
                return dispatch(command);
            } catch (Throwable t) { // a bug in one command must not end the run
                if (t instanceof Error e && !(t instanceof StackOverflowError || t instanceof OutOfMemoryError
                        || t instanceof AssertionError || t instanceof LinkageError)) {
                    throw e;
                }
                return CommandOutcome.failed(command.line(), command.keyword(), expectation(command), crash(t));
            }
        }

        private CommandOutcome dispatch(WastCommand command) {
            if (command instanceof WastCommand.Module m) {
                return module(m);
            }
            if (command instanceof WastCommand.AssertMalformed a) {
                return assertMalformed(a);
            }
            if (command instanceof WastCommand.AssertInvalid a) {
                return assertInvalid(a);
            }
            if (command instanceof WastCommand.BadCommand bad) {
                return CommandOutcome.failed(bad.line(), bad.keyword(), "a well-formed command", bad.error());
            }
            if (command instanceof WastCommand.AssertUnlinkable a && a.module() instanceof WastCommand.Module m) {
                return instantiationAssertion(command, m);
            }
            if (command instanceof WastCommand.AssertUninstantiable a && a.module() instanceof WastCommand.Module m) {
                return instantiationAssertion(command, m);
            }
            return execute(command);
        }

        private CommandOutcome module(WastCommand.Module m) {
            ModuleDefinition definition;
            try {
                definition = loader.load(m.id(), m.line(), m.source());
            } catch (MalformedModuleException | InvalidModuleException e) {
                return CommandOutcome.failed(m.line(), m.keyword(), "a valid module", describe(e));
            }
            latest = definition;
            if (m.id() != null) {
                named.put(m.id(), definition);
            }
            if (m.definition() || execution == null) {
                return CommandOutcome.passed(m.line(), m.keyword());
            }
            return execution.instantiate(m, definition, this);
        }

        private CommandOutcome assertMalformed(WastCommand.AssertMalformed a) {
            String expected = "malformed: " + a.message();
            WasmModule module;
            try {
                module = loader.parse(a.module());
            } catch (MalformedModuleException e) {
                return verdict(a, expected, e, a.message());
            } catch (InvalidModuleException e) {
                if (a.custom()) {
                    return verdict(a, expected, e, a.message());
                }
                return CommandOutcome.failed(a.line(), a.keyword(), expected, describe(e));
            }
            String actual;
            try {
                pipeline.validate(module, loader.features());
                actual = "well-formed and valid";
            } catch (InvalidModuleException e) {
                actual = "well-formed, but " + describe(e);
            }
            return CommandOutcome.failed(a.line(), a.keyword(), expected, actual);
        }

        private CommandOutcome assertInvalid(WastCommand.AssertInvalid a) {
            String expected = "invalid: " + a.message();
            try {
                loader.load(null, a.line(), a.module());
            } catch (InvalidModuleException e) {
                return verdict(a, expected, e, a.message());
            } catch (MalformedModuleException e) {
                // jwasm has no phase of its own for custom annotations: their errors may surface
                // while parsing the text, so the custom variant accepts either kind.
                if (a.custom()) {
                    return verdict(a, expected, e, a.message());
                }
                return CommandOutcome.failed(a.line(), a.keyword(), expected, describe(e));
            }
            return CommandOutcome.failed(a.line(), a.keyword(), expected, "valid");
        }

        private CommandOutcome verdict(WastCommand command, String expected, RuntimeException e, String message) {
            if (ExpectedMessages.matches(message, e.getMessage())) {
                return CommandOutcome.passed(command.line(), command.keyword());
            }
            return CommandOutcome.failed(command.line(), command.keyword(), expected, describe(e));
        }

        /**
         * {@code assert_unlinkable} / {@code assert_trap} of an inline module: the module must
         * at least be valid, whatever instantiation then does.
         */
        private CommandOutcome instantiationAssertion(WastCommand command, WastCommand.Module m) {
            try {
                loader.load(m.id(), m.line(), m.source());
            } catch (MalformedModuleException | InvalidModuleException e) {
                return CommandOutcome.failed(command.line(), command.keyword(),
                        "a valid module to instantiate", describe(e));
            }
            return execute(command);
        }

        private CommandOutcome execute(WastCommand command) {
            if (execution == null) {
                return CommandOutcome.skipped(command.line(), command.keyword(), NO_EXECUTION);
            }
            return execution.execute(command, this);
        }
    }

    /** What a command expects, for the report of a crash. */
    private static String expectation(WastCommand command) {
        if (command instanceof WastCommand.AssertMalformed a) {
            return "malformed: " + a.message();
        }
        if (command instanceof WastCommand.AssertInvalid a) {
            return "invalid: " + a.message();
        }
        if (command instanceof WastCommand.Module) {
            return "a valid module";
        }
        return "no internal error";
    }

    private static String describe(RuntimeException e) {
        if (e instanceof MalformedModuleException) {
            return "malformed: " + e.getMessage();
        }
        if (e instanceof InvalidModuleException) {
            return "invalid: " + e.getMessage();
        }
        return crash(e);
    }

    /** An unexpected exception as report text: its class, message and where it was thrown. */
    static String crash(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        String where = trace.length > 0 ? " at " + trace[0] : "";
        return "internal error: " + t + where;
    }
}
