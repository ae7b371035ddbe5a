package dev.jwasm.cli.repl;

import dev.jwasm.parser.WasmException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The read-eval-print loop: reads inputs from a {@link LineSource}, runs them against a
 * {@link Session}, writes to an {@link Output}. An input is a {@code :command}, a call
 * {@code name(args)}, module text {@code (module ...)}, a bare export name, or a comment
 * ({@code ;;} or {@code #}). Whatever goes wrong, the loop reports it in one line and goes on.
 */
public final class Repl {
    private final Session session;
    private final Output out;
    private final List<Command> commands;
    private final ModuleCommands modules;
    private final CallCommands calls;
    private boolean echo;
    private String echoPrompt = "jwasm> ";
    private boolean quit;
    private int failures;

    public Repl(Session session, Output out) {
        this.session = session;
        this.out = out;
        this.modules = new ModuleCommands(session, out);
        this.calls = new CallCommands(session, out);
        this.commands = commandTable(new StateCommands(session, out));
    }

    private List<Command> commandTable(StateCommands state) {
        List<Command> c = new ArrayList<>();
        c.add(new Command(":load", List.of(":l"), "FILE [--dir HOST[::GUEST]] [--env NAME=VALUE] [-- ARG...]",
                "load a module (.wasm or .wat) and instantiate it; it becomes the current module",
                Command.Completion.FILE, modules::load));
        c.add(new Command(":imports", List.of(), "", "list the current module's imports", Command.Completion.NONE,
                modules::imports));
        c.add(new Command(":exports", List.of(":e"), "", "list the current module's exports with types and values",
                Command.Completion.NONE, modules::exports));
        c.add(new Command(":invoke", List.of(":i"), "FUNC ARG...", "call a function: :invoke add 1 2 (same as add(1, 2))",
                Command.Completion.FUNCTION, calls::invoke));
        c.add(new Command(":time", List.of(), "FUNC(ARG, ...)", "call a function and show how long it took",
                Command.Completion.CALL, calls::time));
        c.add(new Command(":globals", List.of(":g"), "", "list the globals with their values", Command.Completion.NONE,
                state::globals));
        c.add(new Command(":get", List.of(), "GLOBAL", "show a global's value", Command.Completion.GLOBAL, state::get));
        c.add(new Command(":set", List.of(), "GLOBAL VALUE", "set a mutable global", Command.Completion.GLOBAL,
                state::set));
        c.add(new Command(":mem", List.of(":m"), "[MEMORY] ADDR [LEN]",
                "hex dump of memory (LEN defaults to " + StateCommands.DEFAULT_DUMP_LENGTH + " bytes)",
                Command.Completion.MEMORY, state::mem));
        c.add(new Command(":disasm", List.of(":d"), "[FUNC] [--folded]",
                "a function in the text format (the whole module without FUNC)", Command.Completion.FUNCTION,
                modules::disasm));
        c.add(new Command(":validate", List.of(), "[FILE | (module ...)]",
                "validate a file or module text without loading it (or the current module)", Command.Completion.FILE,
                modules::validate));
        c.add(new Command(":inspect", List.of(), "", "sections, entities and features of the current module",
                Command.Completion.NONE, modules::inspect));
        c.add(new Command(":register", List.of(), "NAME",
                "let modules loaded later import the current module's exports from NAME", Command.Completion.NONE,
                modules::register));
        c.add(new Command(":help", List.of(":h", ":?"), "[COMMAND]", "this help, or one command's",
                Command.Completion.COMMAND, this::help));
        c.add(new Command(":quit", List.of(":q", ":exit"), "", "leave (Ctrl-D does too)", Command.Completion.NONE,
                a -> quit = true));
        return List.copyOf(c);
    }

    List<Command> commands() {
        return commands;
    }

    Session session() {
        return session;
    }

    /** Show each input after a prompt before its output (for transcripts of piped input). */
    public Repl echo(boolean on, String prompt) {
        this.echo = on;
        this.echoPrompt = prompt;
        return this;
    }

    /** Inputs that failed (errors and traps) so far. */
    public int failures() {
        return failures;
    }

    /** Runs until {@code :quit} or the end of input; returns how many inputs failed. */
    public int run(LineSource input) {
        while (!quit) {
            String line;
            try {
                line = input.next();
            } catch (LineSource.Interrupted e) {
                continue;
            } catch (UncheckedIOException e) {
                out.error("cannot read input: " + e.getCause().getMessage());
                failures++;
                break;
            }
            if (line == null) {
                break;
            }
            if (echo && !line.isBlank()) {
                out.line(out.paint(Style.PROMPT, echoPrompt) + line.replace("\n", "\n" + " ".repeat(echoPrompt.length())));
            }
            execute(line);
            out.flush();
        }
        out.flush();
        return failures;
    }

    /** Runs one input, reporting any failure. */
    public void execute(String input) {
        report(unused -> dispatch(input.strip()));
    }

    /** Loads the module named on the command line, as {@code :load} would. */
    public void loadFirst(java.nio.file.Path file, LoadOptions options) {
        if (file != null) {
            report(unused -> modules.loadFile(file, options));
        }
        out.flush();
    }

    private void report(Command.Handler work) {
        try {
            work.run("");
        } catch (ReplException e) {
            failures++;
            if (e.isTrap()) {
                out.trap(e.getMessage());
            } else {
                out.error(e.getMessage());
            }
        } catch (WasmException e) {
            failures++;
            out.error(e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            failures++;
            out.error("internal error: " + e);
        }
    }

    private void dispatch(String input) throws ReplException {
        if (input.isEmpty() || input.startsWith(";;") || input.startsWith("#")) {
            return;
        }
        if (input.startsWith(":")) {
            int space = indexOfBlank(input);
            String name = space < 0 ? input : input.substring(0, space);
            String arguments = space < 0 ? "" : input.substring(space + 1).strip();
            command(name).handler().run(arguments);
        } else if (InputBalance.isModuleText(input)) {
            modules.define(input);
        } else if (CallExpression.looksLikeCall(input)) {
            calls.callExpression(input);
        } else {
            String name = Words.split(input).size() == 1 ? Words.split(input).get(0) : input;
            if (!calls.describeName(name)) {
                throw new ReplException(session.current() == null
                        ? "not a command: " + input + " (type :help)"
                        : "no export '" + name + "'; commands start with ':' (type :help), calls look like f(1, 2)");
            }
        }
    }

    private static int indexOfBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    Command command(String name) throws ReplException {
        for (Command c : commands) {
            if (c.answersTo(name)) {
                return c;
            }
        }
        List<Command> prefixed = new ArrayList<>();
        for (Command c : commands) {
            if (c.name().startsWith(name)) {
                prefixed.add(c);
            }
        }
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        throw new ReplException("unknown command " + name + " (type :help)");
    }

    private void help(String arguments) throws ReplException {
        if (!arguments.isEmpty()) {
            String name = arguments.startsWith(":") ? arguments : ":" + arguments;
            Command c = command(name);
            out.line(out.paint(Style.HEADING, c.usage()));
            out.line("  " + c.summary());
            if (!c.aliases().isEmpty()) {
                out.line("  also: " + String.join(", ", c.aliases()));
            }
            return;
        }
        out.line(out.paint(Style.HEADING, "Commands") + out.paint(Style.DIM, " (unique prefixes work too: :ex for :exports)"));
        int width = 0;
        for (Command c : commands) {
            width = Math.max(width, c.usage().length());
        }
        width = Math.min(width, 40);
        for (Command c : commands) {
            String usage = c.usage();
            if (usage.length() > width) {
                out.line("  " + out.paint(Style.NAME, usage));
                out.line("  " + " ".repeat(width) + "  " + c.summary());
            } else {
                out.line("  " + out.paint(Style.NAME, usage + " ".repeat(width - usage.length())) + "  " + c.summary());
            }
        }
        out.line(out.paint(Style.HEADING, "Also"));
        out.line("  " + out.paint(Style.NAME, "name(1, 2.5)") + "     call an exported function (or a $name)");
        out.line("  " + out.paint(Style.NAME, "name") + "             a function's signature, a global's value");
        out.line("  " + out.paint(Style.NAME, "(module ...)") + "     define a module in the text format (it becomes"
                + " the current module;");
        out.line("                   Enter continues the text until its parentheses balance)");
        out.line("  " + out.paint(Style.NAME, ";; text") + "          a comment");
        out.line(out.paint(Style.HEADING, "Values") + "   i32/i64: 42, -1, 0xff, 1_000   f32/f64: 2.5, -0x1p3, inf, nan"
                + "   v128: i32x4[1 2 3 4], 0x...");
        out.line("         references: null, a function's name, extern:N, i31:N");
        out.line(out.paint(Style.HEADING, "Keys") + "     Tab completes, Up/Down walk the history, Ctrl-C stops a running"
                + " call, Ctrl-D leaves");
    }
}
