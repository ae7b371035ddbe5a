package dev.jwasm.spectest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the script files a run covers. */
public final class ScriptFiles {

    private ScriptFiles() {
    }

    /**
     * The {@code .wast} files under each path, recursively, in sorted order per path. A path
     * that is not a directory is taken as it is (whatever its name, and even when missing, so
     * that the run reports it); a directory that cannot be walked is kept likewise.
     */
    public static List<Path> collect(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".wast") && Files.isRegularFile(p))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                files.add(path);
            }
        }
        return files;
    }
}
