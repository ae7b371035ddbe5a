package dev.jwasm.wasi.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A place inside a preopened directory: the preopen's root and the names leading down from
 * it. The names are plain directory entries — never {@code "."}, {@code ".."} or empty — and
 * every one but the last has been checked to be a directory (not a symbolic link) when the
 * path was resolved. An empty list is the root itself.
 */
record SandboxPath(Root root, List<String> names) {

    /** A preopen: its real host path (resolved once, when preopened), and whether the guest may change it. */
    record Root(Path host, boolean readOnly) {
    }

    SandboxPath {
        names = List.copyOf(names);
    }

    static SandboxPath rootOf(Root root) {
        return new SandboxPath(root, List.of());
    }

    boolean isRoot() {
        return names.isEmpty();
    }

    boolean readOnly() {
        return root.readOnly();
    }

    /** The last name, or null for the root. */
    String name() {
        return names.isEmpty() ? null : names.get(names.size() - 1);
    }

    SandboxPath child(String name) {
        List<String> n = new ArrayList<>(names);
        n.add(name);
        return new SandboxPath(root, n);
    }

    /** The host path: the root joined with the names. */
    Path host() {
        Path p = root.host();
        for (String n : names) {
            p = p.resolve(n);
        }
        return p;
    }
}
