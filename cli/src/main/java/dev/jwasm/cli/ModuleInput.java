package dev.jwasm.cli;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.spectest.ModulePipeline;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading module files for the commands: binary or text, told apart by content. */
final class ModuleInput {

    private ModuleInput() {
    }

    /** A file could not be read; the message is meant for the user. */
    static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }

    static byte[] read(Path file) throws UnreadableException {
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableException("cannot read file: is a directory");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableException("cannot read file: no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableException("cannot read file: permission denied");
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            throw new UnreadableException("cannot read file: " + e.getMessage());
        }
    }

    /** Whether the bytes start with the binary format's magic number {@code \0asm}. */
    static boolean isBinary(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 'a' && bytes[2] == 's' && bytes[3] == 'm';
    }

    /**
     * The module in a file's bytes: decoded when they start with the binary magic number,
     * parsed as text otherwise, except that a {@code .wasm} file is always decoded (so garbage
     * there is reported as a bad binary, and an empty {@code .wasm} file is not an empty text module).
     *
     * @throws MalformedModuleException when it is not a well-formed module
     */
    static WasmModule parse(ModulePipeline pipeline, Path file, byte[] bytes, Features features) {
        if (isBinary(bytes) || file.getFileName() != null && file.getFileName().toString().endsWith(".wasm")) {
            return pipeline.decode(bytes, features);
        }
        return parseText(pipeline, bytes, features);
    }

    static WasmModule parseText(ModulePipeline pipeline, byte[] bytes, Features features) {
        return pipeline.parseText(bytes, features);
    }

    /** An unexpected exception as one line for the user (never a stack trace). */
    static String internalError(Throwable t) {
        return "internal error: " + t;
    }
}
