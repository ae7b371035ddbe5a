package dev.jwasm.cli.repl;

import dev.jwasm.parser.model.ExternKind;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: command names at the start of a line, the current module's exported
 * functions (as {@code name(}) and globals there too, and after a command what it takes: file
 * names, functions, globals, memories or commands.
 */
final class ReplCompleter implements Completer {
    private static final int MAX_FILES = 500;

    private final Repl repl;

    ReplCompleter(Repl repl) {
        this.repl = repl;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = line.wordIndex();
        String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        if (index == 0) {
            if (word.startsWith(":")) {
                commands(candidates);
            } else if (!word.startsWith("(")) {
                calls(candidates);
            }
            return;
        }
        String first = words.get(0);
        Command command;
        try {
            command = repl.command(first);
        } catch (ReplException e) {
            return;
        }
        switch (command.completion()) {
            case FILE -> {
                if (!word.startsWith("-")) {
                    files(word, candidates);
                }
            }
            case FUNCTION -> {
                if (index == 1) {
                    exports(ExternKind.FUNC, "", true, candidates);
                }
            }
            case CALL -> {
                if (index == 1) {
                    exports(ExternKind.FUNC, "(", false, candidates);
                }
            }
            case GLOBAL -> {
                if (index == 1) {
                    exports(ExternKind.GLOBAL, "", true, candidates);
                }
            }
            case MEMORY -> {
                if (index == 1) {
                    exports(ExternKind.MEMORY, "", true, candidates);
                }
            }
            case COMMAND -> {
                if (index == 1) {
                    commands(candidates);
                }
            }
            default -> {
            }
        }
    }

    private void commands(List<Candidate> candidates) {
        for (Command c : repl.commands()) {
            candidates.add(new Candidate(c.name(), c.name(), "commands", c.summary(), null, null, true));
        }
    }

    private void calls(List<Candidate> candidates) {
        exports(ExternKind.FUNC, "(", false, candidates);
        exports(ExternKind.GLOBAL, "", true, candidates);
    }

    private void exports(ExternKind kind, String suffix, boolean complete, List<Candidate> candidates) {
        LoadedModule loaded = repl.session().current();
        if (loaded == null) {
            return;
        }
        for (String name : loaded.exportNames(kind)) {
            String typed = Words.quoteIfNeeded(name);
            String description = kind == ExternKind.FUNC ? loaded.signature(loaded.resolve(kind, name)) : kind.text();
            candidates.add(new Candidate(typed + suffix, typed, kind.text() + "s", description, null, null, complete));
        }
    }

    /** The entries of the directory the word names so far, each as the whole word to put in. */
    static void files(String word, List<Candidate> candidates) {
        int slash = word.lastIndexOf('/');
        String typedDir = slash < 0 ? "" : word.substring(0, slash + 1);
        Path dir;
        try {
            dir = typedDir.isEmpty() ? Path.of(".") : Paths.expand(typedDir);
        } catch (ReplException e) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        String namePrefix = word.substring(slash + 1);
        int n = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") && !namePrefix.startsWith(".")) {
                    continue;
                }
                boolean directory = Files.isDirectory(entry);
                String value = typedDir + name + (directory ? "/" : "");
                candidates.add(new Candidate(value, name + (directory ? "/" : ""), null, null, null, null, !directory));
                if (++n == MAX_FILES) {
                    break;
                }
            }
        } catch (IOException | SecurityException e) {
            // nothing to offer
        }
    }
}
