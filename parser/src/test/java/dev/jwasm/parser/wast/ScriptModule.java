package dev.jwasm.parser.wast;

import java.util.ArrayList;
import java.util.List;

/**
 * A module written in a script, with the command it belongs to: a top-level module, or the
 * module of an assertion about one ({@code assert_malformed}, {@code assert_invalid},
 * {@code assert_unlinkable}, {@code assert_trap} / {@code assert_uninstantiable}).
 */
public record ScriptModule(WastCommand command, ModuleSource source) {

    /** The line of the command, as in {@code file.wast:line}. */
    public int line() {
        return command.line();
    }

    /**
     * The script's modules in order, those of a {@code thread} at its place. A module instance
     * names a module but writes none, so it is left out.
     */
    public static List<ScriptModule> of(WastScript script) {
        List<ScriptModule> modules = new ArrayList<>();
        collect(script.commands(), modules);
        return modules;
    }

    private static void collect(List<WastCommand> commands, List<ScriptModule> modules) {
        for (WastCommand command : commands) {
            if (command instanceof WastCommand.Thread thread) {
                collect(thread.commands(), modules); // nesting is bounded by the script parser
                continue;
            }
            ModuleSource source = sourceOf(command);
            if (source != null) {
                modules.add(new ScriptModule(command, source));
            }
        }
    }

    private static ModuleSource sourceOf(WastCommand command) {
        if (command instanceof WastCommand.Module m) {
            return m.source();
        }
        if (command instanceof WastCommand.AssertMalformed a) {
            return a.module();
        }
        if (command instanceof WastCommand.AssertInvalid a) {
            return a.module();
        }
        if (command instanceof WastCommand.AssertUnlinkable a && a.module() instanceof WastCommand.Module m) {
            return m.source();
        }
        if (command instanceof WastCommand.AssertUninstantiable a && a.module() instanceof WastCommand.Module m) {
            return m.source();
        }
        return null;
    }
}
