package dev.jwasm.cli.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Input from a pipe or file, one command a line; module text runs over as many lines as it
 * needs for its parentheses to balance. No prompt, no echo: a script's output is its results.
 */
public final class PipedLines implements LineSource {
    private final BufferedReader in;

    public PipedLines(BufferedReader in) {
        this.in = in;
    }

    @Override
    public String next() {
        try {
            String line = in.readLine();
            if (line == null || !InputBalance.isModuleText(line)) {
                return line;
            }
            StringBuilder text = new StringBuilder(line);
            while (InputBalance.needsMore(text.toString())) {
                String more = in.readLine();
                if (more == null) {
                    break; // the parser reports the unclosed text
                }
                text.append('\n').append(more);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
