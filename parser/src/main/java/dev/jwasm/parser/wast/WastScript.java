package dev.jwasm.parser.wast;

import java.util.List;

/** A parsed WAST script: its top-level commands in source order. */
public record WastScript(List<WastCommand> commands) {
    public WastScript {
        commands = List.copyOf(commands);
    }
}
