package dev.jwasm.spectest.exec;

import dev.jwasm.parser.WasmException;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.wast.Action;
import dev.jwasm.parser.wast.WastCommand;
import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Global;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Linker;
import dev.jwasm.runtime.Module;
import dev.jwasm.runtime.Store;
import dev.jwasm.runtime.ThrownException;
import dev.jwasm.runtime.Trap;
import dev.jwasm.runtime.UnlinkableException;
import dev.jwasm.runtime.Value;
import dev.jwasm.runtime.WasmFunction;
import dev.jwasm.spectest.CommandOutcome;
import dev.jwasm.spectest.ModuleDefinition;
import dev.jwasm.spectest.ModuleDefinitions;
import dev.jwasm.spectest.ScriptExecution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** One script's run on the runtime: its store, its named instances and its registrations. */
final class RuntimeExecution implements ScriptExecution {
    private final Engine engine;
    private final Store store;
    private final Linker linker;
    private final Map<String, Instance> instances = new HashMap<>();
    private final Map<ModuleDefinition, Module> compiled = new IdentityHashMap<>();
    private final Map<String, ScriptThread> threads = new HashMap<>();
    private Instance latest;

    RuntimeExecution(Engine engine) {
        this(engine, engine.newStore(), new Linker(engine));
        SpectestHost.define(linker, engine);
    }

    private RuntimeExecution(Engine engine, Store store, Linker linker) {
        this.engine = engine;
        this.store = store;
        this.linker = linker;
    }

    @Override
    public CommandOutcome instantiate(WastCommand.Module command, ModuleDefinition definition, ModuleDefinitions modules) {
        try {
            bind(command.id(), instantiate(definition));
            return pass(command);
        } catch (WasmException e) {
            return fail(command, "instantiation", e);
        }
    }

    private Instance instantiate(ModuleDefinition definition) {
        Module m = compiled.computeIfAbsent(definition, d -> engine.compile(d.module()));
        return linker.instantiate(store, m);
    }

    private void bind(String id, Instance instance) {
        latest = instance;
        if (id != null) {
            instances.put(id, instance);
        }
    }

    /** The script names something it did not define: the command fails, whatever it asserts. */
    private static final class ScriptError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ScriptError(String message) {
            super(message);
        }
    }

    @Override
    public CommandOutcome execute(WastCommand command, ModuleDefinitions modules) {
        try {
            return executeChecked(command, modules);
        } catch (ScriptError e) {
            return CommandOutcome.failed(command.line(), command.keyword(), "what the script names to exist",
                    e.getMessage());
        }
    }

    private CommandOutcome executeChecked(WastCommand command, ModuleDefinitions modules) {
        if (command instanceof WastCommand.ModuleInstance mi) {
            ModuleDefinition def = modules.find(mi.moduleId());
            if (def == null) {
                return CommandOutcome.failed(mi.line(), mi.keyword(), "a defined module", "no module " + mi.moduleId());
            }
            try {
                bind(mi.instanceId(), instantiate(def));
                return pass(command);
            } catch (WasmException e) {
                return fail(command, "instantiation", e);
            }
        }
        if (command instanceof WastCommand.Register r) {
            Instance i = instance(r.instanceId());
            if (i == null) {
                return CommandOutcome.failed(r.line(), r.keyword(), "an instance", "no instance " + r.instanceId());
            }
            linker.define(r.name(), i);
            return pass(command);
        }
        if (command instanceof WastCommand.Perform p) {
            try {
                perform(p.action());
                return pass(command);
            } catch (WasmException e) {
                return fail(command, "the action to complete", e);
            }
        }
        if (command instanceof WastCommand.AssertReturn a) {
            return assertReturn(a);
        }
        if (command instanceof WastCommand.AssertTrap a) {
            return expectTrap(command, a.action(), a.message());
        }
        if (command instanceof WastCommand.AssertExhaustion a) {
            return expectTrap(command, a.action(), a.message());
        }
        if (command instanceof WastCommand.AssertException a) {
            try {
                Value[] r = perform(a.action());
                return CommandOutcome.failed(a.line(), a.keyword(), "an exception", "returned " + ScriptValues.describe(r));
            } catch (ThrownException e) {
                return pass(command);
            } catch (WasmException e) {
                return fail(command, "an exception", e);
            }
        }
        if (command instanceof WastCommand.AssertUnlinkable a) {
            return expectFailedInstantiation(command, a.module(), a.message(), modules, true);
        }
        if (command instanceof WastCommand.AssertUninstantiable a) {
            return expectFailedInstantiation(command, a.module(), a.message(), modules, false);
        }
        if (command instanceof WastCommand.Thread t) {
            return startThread(t, modules);
        }
        if (command instanceof WastCommand.Wait w) {
            ScriptThread t = threads.remove(w.threadId());
            if (t == null) {
                return CommandOutcome.failed(w.line(), w.keyword(), "a running thread", "no thread " + w.threadId());
            }
            return t.await(w);
        }
        return CommandOutcome.failed(command.line(), command.keyword(), "a known command", "not executable here");
    }

    private Instance instance(String id) {
        return id == null ? latest : instances.get(id);
    }

    private Value[] perform(Action action) {
        Instance inst = instance(action.instanceId());
        if (inst == null) {
            throw new ScriptError("no module instance " + (action.instanceId() == null ? "defined" : action.instanceId()));
        }
        if (action instanceof Action.Get g) {
            Global global = inst.global(g.exportName());
            if (global == null) {
                throw new ScriptError("no global export \"" + g.exportName() + "\"");
            }
            return new Value[] {global.get()};
        }
        Action.Invoke invoke = (Action.Invoke) action;
        WasmFunction f = inst.function(invoke.exportName());
        if (f == null) {
            throw new ScriptError("no function export \"" + invoke.exportName() + "\"");
        }
        List<ValType> params = f.type().params();
        Value[] args = new Value[invoke.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = ScriptValues.argument(invoke.args().get(i), i < params.size() ? params.get(i) : null);
        }
        return f.call(args);
    }

    private CommandOutcome assertReturn(WastCommand.AssertReturn a) {
        String expected = "results " + a.results();
        Value[] results;
        try {
            results = perform(a.action());
        } catch (WasmException e) {
            return fail(a, expected, e);
        }
        boolean ok = results.length == a.results().size();
        for (int i = 0; ok && i < results.length; i++) {
            ok = ScriptValues.matches(a.results().get(i), results[i]);
        }
        return ok ? pass(a) : CommandOutcome.failed(a.line(), a.keyword(), expected, ScriptValues.describe(results));
    }

    private CommandOutcome expectTrap(WastCommand command, Action action, String message) {
        String expected = "trap: " + message;
        try {
            Value[] r = perform(action);
            return CommandOutcome.failed(command.line(), command.keyword(), expected, "returned " + ScriptValues.describe(r));
        } catch (Trap e) {
            return verdict(command, expected, e, message);
        } catch (WasmException e) {
            return fail(command, expected, e);
        }
    }

    private CommandOutcome expectFailedInstantiation(WastCommand command, WastCommand.Instantiation module,
            String message, ModuleDefinitions modules, boolean unlinkable) {
        String expected = (unlinkable ? "unlinkable: " : "trap: ") + message;
        ModuleDefinition def;
        String instanceId;
        if (module instanceof WastCommand.Module m) {
            def = modules.load(m.id(), m.line(), m.source());
            instanceId = m.id();
        } else {
            WastCommand.ModuleInstance mi = (WastCommand.ModuleInstance) module;
            def = modules.find(mi.moduleId());
            instanceId = mi.instanceId();
            if (def == null) {
                throw new ScriptError("no module " + mi.moduleId());
            }
        }
        try {
            bind(instanceId, instantiate(def));
            return CommandOutcome.failed(command.line(), command.keyword(), expected, "instantiated");
        } catch (UnlinkableException e) {
            return unlinkable ? verdict(command, expected, e, message) : fail(command, expected, e);
        } catch (Trap e) {
            return unlinkable ? fail(command, expected, e) : verdict(command, expected, e, message);
        } catch (WasmException e) {
            return fail(command, expected, e);
        }
    }

    private CommandOutcome startThread(WastCommand.Thread t, ModuleDefinitions modules) {
        RuntimeExecution child = new RuntimeExecution(engine, store, linker);
        for (String shared : t.sharedModules()) {
            Instance i = instances.get(shared);
            if (i != null) {
                child.instances.put(shared, i);
                child.latest = i;
            }
        }
        ScriptThread thread = new ScriptThread(child, t, modules);
        threads.put(t.id(), thread);
        thread.start();
        return pass(t);
    }

    /** The commands of a {@code thread}, run on a Java thread of their own. */
    private static final class ScriptThread extends Thread {
        private final RuntimeExecution execution;
        private final WastCommand.Thread command;
        private final ModuleDefinitions modules;
        private final List<CommandOutcome> outcomes = new ArrayList<>();

        ScriptThread(RuntimeExecution execution, WastCommand.Thread command, ModuleDefinitions modules) {
            super("wast-thread-" + command.id());
            setDaemon(true);
            this.execution = execution;
            this.command = command;
            this.modules = modules;
        }

        @Override
        public void run() {
            for (WastCommand c : command.commands()) {
                try {
                    if (c instanceof WastCommand.Module m) {
                        ModuleDefinition def = modules.load(m.id(), m.line(), m.source());
                        outcomes.add(m.definition() ? pass(m) : execution.instantiate(m, def, modules));
                    } else {
                        outcomes.add(execution.execute(c, modules));
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    outcomes.add(CommandOutcome.failed(c.line(), c.keyword(), "no internal error", e.toString()));
                }
            }
        }

        CommandOutcome await(WastCommand.Wait w) {
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CommandOutcome.failed(w.line(), w.keyword(), "the thread to finish", "interrupted");
            }
            for (CommandOutcome o : outcomes) {
                if (o.status() == CommandOutcome.Status.FAILED) {
                    return CommandOutcome.failed(w.line(), w.keyword(), "line " + o.line() + ": " + o.expected(),
                            o.actual());
                }
            }
            return pass(w);
        }
    }

    private static CommandOutcome pass(WastCommand c) {
        return CommandOutcome.passed(c.line(), c.keyword());
    }

    private static CommandOutcome verdict(WastCommand c, String expected, WasmException e, String message) {
        String actual = e.getMessage();
        if (actual != null && actual.contains(message)) {
            return pass(c);
        }
        return fail(c, expected, e);
    }

    private static CommandOutcome fail(WastCommand c, String expected, WasmException e) {
        String kind = e instanceof Trap ? "trap" : e instanceof ThrownException ? "exception"
                : e instanceof UnlinkableException ? "unlinkable" : e.getClass().getSimpleName();
        return CommandOutcome.failed(c.line(), c.keyword(), expected, kind + ": " + e.getMessage());
    }
}
