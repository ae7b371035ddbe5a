package dev.jwasm.cli.repl;

import java.util.List;

/**
 * One {@code :command}: its name and aliases, the arguments it takes, a line of help, and what it
 * does with the rest of the input line.
 */
record Command(String name, List<String> aliases, String arguments, String summary, Completion completion,
        Handler handler) {

    /** What a command does with its arguments (the input after the command name, trimmed). */
    @FunctionalInterface
    interface Handler {
        void run(String arguments) throws ReplException;
    }

    /** What tab completes in the command's arguments. */
    enum Completion {
        NONE, FILE, FUNCTION, GLOBAL, MEMORY, COMMAND, CALL
    }

    boolean answersTo(String word) {
        return name.equals(word) || aliases.contains(word);
    }

    String usage() {
        return arguments.isEmpty() ? name : name + " " + arguments;
    }
}
