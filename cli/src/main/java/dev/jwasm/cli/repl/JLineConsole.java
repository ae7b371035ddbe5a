package dev.jwasm.cli.repl;

import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * Input from a terminal through JLine: line editing, history kept in a file, tab completion,
 * module text over several lines (the secondary prompt shows until the parentheses balance),
 * and Ctrl-C: at the prompt it drops the line, during a call it stops the call.
 */
public final class JLineConsole implements LineSource {
    /** What the prompt says. */
    public static final String PROMPT = "jwasm> ";
    private static final String CONTINUATION = "  ...> ";

    private final LineReader reader;
    private final String prompt;

    private JLineConsole(LineReader reader, String prompt) {
        this.reader = reader;
        this.prompt = prompt;
    }

    /**
     * A console on a terminal for a REPL whose output goes to the same terminal.
     *
     * @param history the history file, or null for none
     */
    public static JLineConsole create(Terminal terminal, Repl repl, Path history, boolean color) {
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("jwasm")
                .parser(new ReplParser())
                .completer(new ReplCompleter(repl))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, color ? Style.DIM.paint(CONTINUATION) : CONTINUATION)
                .variable(LineReader.HISTORY_SIZE, 1000)
                .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' is ordinary text here
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                .option(LineReader.Option.AUTO_FRESH_LINE, true);
        if (history != null) {
            builder.variable(LineReader.HISTORY_FILE, history);
        }
        LineReader reader = builder.build();
        // Ctrl-C while a call runs (the terminal is not in raw mode then): stop the call
        terminal.handle(Terminal.Signal.INT, signal -> {
            if (repl.session().interrupt()) {
                terminal.writer().println(); // the report starts on its own line, after the echoed ^C
                terminal.writer().flush();
            }
        });
        return new JLineConsole(reader, color ? Style.PROMPT.paint(PROMPT) : PROMPT);
    }

    /** Whether a terminal shows colour (not a dumb one, and at least eight colours). */
    public static boolean hasColor(Terminal terminal) {
        if (terminal.getType() == null || terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
            return false;
        }
        Integer colors = terminal.getNumericCapability(Capability.max_colors);
        return colors != null && colors >= 8;
    }

    LineReader reader() {
        return reader;
    }

    @Override
    public String next() throws Interrupted {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    /** Writes the history file. */
    public void saveHistory() {
        try {
            reader.getHistory().save();
        } catch (java.io.IOException e) {
            reader.getTerminal().writer().println("warning: cannot save the history: " + e.getMessage());
        }
    }
}
