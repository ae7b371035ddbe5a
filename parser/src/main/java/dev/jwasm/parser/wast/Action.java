package dev.jwasm.parser.wast;

import java.util.List;

/** A script action: call an exported function or read an exported global. */
public sealed interface Action {

    /** The instance the action addresses ({@code $id}), or null for the most recent one. */
    String instanceId();

    /** The export's name. */
    String exportName();

    /** {@code (invoke $id? "name" arg*)}. */
    record Invoke(String instanceId, String exportName, List<WastValue> args) implements Action {
        public Invoke {
            args = List.copyOf(args);
        }
    }

    /** {@code (get $id? "name")}. */
    record Get(String instanceId, String exportName) implements Action {
    }
}
