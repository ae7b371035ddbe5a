package dev.jwasm.cli.repl;

import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.runtime.ThrownException;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.TrapMessages;
import dev.jwasm.runtime.Value;
import dev.jwasm.runtime.WasmFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Calling functions: {@code name(1, 2.5)}, {@code :invoke name 1 2.5}, {@code :time EXPR}. */
final class CallCommands {
    private final Session session;
    private final Output out;

    CallCommands(Session session, Output out) {
        this.session = session;
        this.out = out;
    }

    /** A call typed at the prompt, {@code name(1, 2.5)}. */
    void callExpression(String input) throws ReplException {
        CallExpression call = CallExpression.parse(input);
        show(run(call.name(), call.arguments()).results());
    }

    /** {@code :invoke NAME ARG...}. */
    void invoke(String arguments) throws ReplException {
        List<String> words = Words.split(arguments);
        if (words.isEmpty()) {
            throw new ReplException("usage: :invoke FUNC ARG...");
        }
        show(run(words.get(0), words.subList(1, words.size())).results());
    }

    /** {@code :time EXPR}: the call's results and how long it took. */
    void time(String arguments) throws ReplException {
        if (arguments.isEmpty()) {
            throw new ReplException("usage: :time FUNC(ARG, ...)  or  :time FUNC ARG...");
        }
        Outcome outcome;
        if (CallExpression.looksLikeCall(arguments)) {
            CallExpression call = CallExpression.parse(arguments);
            outcome = run(call.name(), call.arguments());
        } else {
            List<String> words = Words.split(arguments);
            outcome = run(words.get(0), words.subList(1, words.size()));
        }
        show(outcome.results());
        out.line(out.paint(Style.DIM, "time: " + duration(outcome.nanos())));
    }

    /** A bare name typed at the prompt: what it is (a function's signature, a global's value). */
    boolean describeName(String name) throws ReplException {
        LoadedModule loaded = session.current();
        if (loaded == null) {
            return false;
        }
        int function = loaded.resolve(ExternKind.FUNC, name);
        if (function >= 0) {
            out.line(out.paint(Style.KIND, "func") + " " + out.paint(Style.NAME, Words.quoteIfNeeded(name)) + " "
                    + out.paint(Style.TYPE, loaded.signature(function)) + out.paint(Style.DIM,
                            "   call it as " + Words.quoteIfNeeded(name) + "(" + placeholders(loaded.functionType(function))
                                    + ")"));
            return true;
        }
        int global = loaded.resolve(ExternKind.GLOBAL, name);
        if (global >= 0) {
            out.line(ValueText.show(loaded.global(global).get(), loaded, out));
            return true;
        }
        return false;
    }

    private static String placeholders(FuncType type) {
        List<String> names = new ArrayList<>();
        for (ValType t : type.params()) {
            names.add(t.toString());
        }
        return String.join(", ", names);
    }

    /** Results and the call's duration. */
    record Outcome(Value[] results, long nanos) {
    }

    private Outcome run(String name, List<String> argumentTexts) throws ReplException {
        LoadedModule loaded = session.require();
        int index = loaded.resolve(ExternKind.FUNC, name);
        if (index < 0) {
            throw new ReplException("no function '" + name + "'" + suggestion(loaded, name));
        }
        WasmFunction function = loaded.function(index);
        List<ValType> params = function.type().params();
        if (argumentTexts.size() != params.size()) {
            throw new ReplException(Words.quoteIfNeeded(name) + " takes " + params.size()
                    + (params.size() == 1 ? " argument" : " arguments") + (params.isEmpty() ? "" : " " + params)
                    + ", got " + argumentTexts.size());
        }
        Value[] args = new Value[params.size()];
        for (int i = 0; i < args.length; i++) {
            try {
                args[i] = ValueText.parse(argumentTexts.get(i), params.get(i), loaded);
            } catch (ReplException e) {
                throw new ReplException("argument " + (i + 1) + ": " + e.getMessage());
            }
        }
        out.flush(); // what the guest prints comes after what was printed so far
        long start = System.nanoTime();
        try {
            Value[] results = session.call(function, args);
            return new Outcome(results, System.nanoTime() - start);
        } catch (Trap e) {
            String message = e.getMessage();
            if (TrapMessages.INTERRUPTED.equals(message)) {
                throw ReplException.trap("interrupted after " + duration(System.nanoTime() - start)
                        + " (the instance is kept, its state as the call left it)");
            }
            throw ReplException.trap(message);
        } catch (ThrownException e) {
            throw ReplException.trap(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ReplException(e.getMessage());
        }
    }

    private static String suggestion(LoadedModule loaded, String name) {
        List<String> exports = loaded.exportNames(ExternKind.FUNC);
        if (exports.isEmpty()) {
            return " (the module exports no functions)";
        }
        for (String e : exports) {
            if (e.equalsIgnoreCase(name)) {
                return "; did you mean " + Words.quoteIfNeeded(e) + "?";
            }
        }
        return " (see :exports)";
    }

    private void show(Value[] results) {
        if (results.length == 0) {
            return;
        }
        LoadedModule loaded = session.current();
        List<String> shown = new ArrayList<>();
        for (Value v : results) {
            shown.add(ValueText.show(v, loaded, out));
        }
        out.line(String.join(", ", shown));
    }

    static String duration(long nanos) {
        if (nanos < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f us", nanos / 1e3);
        }
        if (nanos < 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }
}
