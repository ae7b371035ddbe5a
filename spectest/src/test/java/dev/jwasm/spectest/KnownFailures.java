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

    private static final String THREADS_PRE_MEMORY64 = "the threads proposal's memory.wast predates memory64:"
            + " WebAssembly 3.0 reads memory limits as u64 and leaves their range to validation";
    private static final String THREADS_PRE_REFERENCE_TYPES = "the threads proposal's imports.wast predates"
            + " reference types: 'multiple tables' needs reference-types off, and then the validator also"
            + " refuses the file's funcref tables";

    private static final String BRANCH_HINTS = "front end: @metadata.code.branch_hint annotations are not"
            + " checked yet (neither the text parser nor the validator reads them)";

    /** Single commands ({@code file:line}) whose failure is expected. */
    private static final Map<String, String> COMMANDS = Map.of(
            "proposals/threads/memory.wast:83", THREADS_PRE_MEMORY64,
            "proposals/threads/memory.wast:87", THREADS_PRE_MEMORY64,
            "proposals/threads/memory.wast:91", THREADS_PRE_MEMORY64,
            "proposals/threads/imports.wast:309", THREADS_PRE_REFERENCE_TYPES,
            "proposals/threads/imports.wast:313", THREADS_PRE_REFERENCE_TYPES,
            "proposals/threads/imports.wast:317", THREADS_PRE_REFERENCE_TYPES,
            "custom/metadata.code.branch_hint/branch_hint.wast:50", BRANCH_HINTS,
            "custom/metadata.code.branch_hint/branch_hint.wast:67", BRANCH_HINTS,
            "custom/metadata.code.branch_hint/branch_hint.wast:85", BRANCH_HINTS);

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
