package dev.jwasm.cli.repl;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** File names as typed at the prompt: {@code ~} is the home directory. */
final class Paths {
    private Paths() {
    }

    static Path expand(String typed) throws ReplException {
        String s = typed;
        if (s.equals("~") || s.startsWith("~/")) {
            s = System.getProperty("user.home") + s.substring(1);
        }
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            throw new ReplException("not a file name: " + typed);
        }
    }
}
