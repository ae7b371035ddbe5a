package dev.jwasm.parser.wast;

import java.util.List;

/**
 * One command of a WAST script. Every command knows its source line (of its opening
 * parenthesis) and its keyword as written.
 */
public sealed interface WastCommand {

    /** The 1-based source line of the command's opening parenthesis. */
    int line();

    /** The command's keyword, e.g. {@code module}, {@code assert_return}. */
    String keyword();

    /** Commands that create an instance: a module (unless a definition) or {@code module instance}. */
    sealed interface Instantiation extends WastCommand permits Module, ModuleInstance {
    }

    /**
     * {@code (module $id? ...)}, {@code (module definition $id? ...)}: defines a module and,
     * unless it is a definition, instantiates it under the same name.
     *
     * @param id         the module's name ({@code $M}), or null
     * @param definition true for {@code module definition}: define, do not instantiate
     */
    record Module(int line, String id, boolean definition, ModuleSource source) implements Instantiation {
        @Override
        public String keyword() {
            return "module";
        }
    }

    /** {@code (module instance $i? $m?)}: instantiates a defined module. Either name may be null. */
    record ModuleInstance(int line, String instanceId, String moduleId) implements Instantiation {
        @Override
        public String keyword() {
            return "module";
        }
    }

    /** {@code (register "name" $i?)}: makes an instance's exports importable under a module name. */
    record Register(int line, String name, String instanceId) implements WastCommand {
        @Override
        public String keyword() {
            return "register";
        }
    }

    /** A bare action at the top level: {@code (invoke ...)} or {@code (get ...)}. */
    record Perform(int line, Action action) implements WastCommand {
        @Override
        public String keyword() {
            return action instanceof Action.Invoke ? "invoke" : "get";
        }
    }

    /** {@code (assert_return action result*)}. */
    record AssertReturn(int line, Action action, List<ResultPattern> results) implements WastCommand {
        public AssertReturn {
            results = List.copyOf(results);
        }

        @Override
        public String keyword() {
            return "assert_return";
        }
    }

    /** {@code (assert_trap action "message")}: the action traps. */
    record AssertTrap(int line, Action action, String message) implements WastCommand {
        @Override
        public String keyword() {
            return "assert_trap";
        }
    }

    /** {@code (assert_exhaustion action "message")}: the action exhausts a resource (the call stack). */
    record AssertExhaustion(int line, Action action, String message) implements WastCommand {
        @Override
        public String keyword() {
            return "assert_exhaustion";
        }
    }

    /** {@code (assert_exception action)}: the action throws a WebAssembly exception. */
    record AssertException(int line, Action action) implements WastCommand {
        @Override
        public String keyword() {
            return "assert_exception";
        }
    }

    /**
     * {@code (assert_malformed module "message")}, or with {@code custom} the
     * {@code assert_malformed_custom} of a custom annotation.
     */
    record AssertMalformed(int line, ModuleSource module, String message, boolean custom) implements WastCommand {
        @Override
        public String keyword() {
            return custom ? "assert_malformed_custom" : "assert_malformed";
        }
    }

    /** {@code (assert_invalid module "message")}, or {@code assert_invalid_custom} with {@code custom}. */
    record AssertInvalid(int line, ModuleSource module, String message, boolean custom) implements WastCommand {
        @Override
        public String keyword() {
            return custom ? "assert_invalid_custom" : "assert_invalid";
        }
    }

    /** {@code (assert_unlinkable module "message")}: instantiation fails while linking imports. */
    record AssertUnlinkable(int line, Instantiation module, String message) implements WastCommand {
        @Override
        public String keyword() {
            return "assert_unlinkable";
        }
    }

    /**
     * {@code (assert_trap module "message")} or {@code (assert_uninstantiable module "message")}:
     * instantiation links but then traps (in a segment initializer or the start function).
     *
     * @param keyword which of the two spellings the script used
     */
    record AssertUninstantiable(int line, String keyword, Instantiation module, String message)
            implements WastCommand {
    }

    /**
     * {@code (thread $t (shared (module $m))* command*)}: runs commands on a new thread that
     * shares the named modules' instances.
     */
    record Thread(int line, String id, List<String> sharedModules, List<WastCommand> commands)
            implements WastCommand {
        public Thread {
            sharedModules = List.copyOf(sharedModules);
            commands = List.copyOf(commands);
        }

        @Override
        public String keyword() {
            return "thread";
        }
    }

    /** {@code (wait $t)}: waits until the thread finishes. */
    record Wait(int line, String threadId) implements WastCommand {
        @Override
        public String keyword() {
            return "wait";
        }
    }

    /**
     * A command the script parser could not read (unknown keyword, wrong arguments). Kept as
     * a command so that the rest of the script still runs and this one fails on its own.
     *
     * @param keyword the command's first keyword as written, or {@code ?} when there is none
     * @param error   what is wrong with it
     */
    record BadCommand(int line, String keyword, String error) implements WastCommand {
    }
}
