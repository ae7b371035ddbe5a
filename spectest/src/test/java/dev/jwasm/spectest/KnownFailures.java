package dev.jwasm.spectest;

import java.util.List;
import java.util.Map;

/**
 * Failures the JUnit suite expects, each with its reason, so that the suite stays a useful
 * signal while they last. Only the JUnit suite reads this: {@code jwasm wast} and the JSON
 * report show every failure as it is. Keep it small; keyed by folder (a whole proposal the
 * front end does not cover yet) or by {@code file:line}.
 */
final class KnownFailures {

    private KnownFailures() {
    }

    /** Folders (relative to the testsuite root) whose failures are expected. */
    private static final Map<String, String> FOLDERS = Map.of(
            "proposals/custom-descriptors/",
            "stretch goal: the text syntax of custom descriptors (exact types, descriptor clauses,"
                    + " *_desc instructions) is not parsed yet");

    /** Single commands ({@code file:line}) whose failure is expected. */
    private static final Map<String, String> COMMANDS = Map.of();

    /** Why a failure of this command is expected, or null when it is not. */
    static String reason(String file, int line) {
        String reason = COMMANDS.get(file + ":" + line);
        if (reason != null) {
            return reason;
        }
        for (Map.Entry<String, String> folder : FOLDERS.entrySet()) {
            if (file.startsWith(folder.getKey())) {
                return folder.getValue();
            }
        }
        return null;
    }

    /** The single-command entries, to check none has gone stale. */
    static List<String> commands() {
        return List.copyOf(COMMANDS.keySet());
    }
}
