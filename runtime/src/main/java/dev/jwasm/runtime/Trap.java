package dev.jwasm.runtime;

import dev.jwasm.parser.WasmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A WebAssembly trap: execution stopped because an instruction could not produce a result
 * (division by zero, out-of-bounds access, {@code unreachable}, ...).
 *
 * <p>The message is the spec testsuite's wording, so that {@code assert_trap} can compare it;
 * the standard wordings are the constants of {@link TrapMessages}.
 *
 * <p>While a trap unwinds, the tiers add the Wasm frames it leaves ({@link #addFrame}), so
 * that an embedder can print a Wasm backtrace ({@link #frames()}, innermost first).
 */
public class Trap extends WasmException {
    private static final long serialVersionUID = 1L;

    /** One Wasm function that was executing when the trap happened. */
    public record Frame(Instance instance, WasmFunction function) {
    }

    private transient List<Frame> frames;

    public Trap(String message) {
        super(message);
    }

    public Trap(String message, Throwable cause) {
        super(message, cause);
    }

    /** Records the next frame outwards (tiers call this as the trap leaves each frame). */
    public void addFrame(Instance instance, WasmFunction function) {
        if (frames == null) {
            frames = new ArrayList<>();
        }
        frames.add(new Frame(instance, function));
    }

    /** The Wasm frames the trap unwound, innermost first (empty when no tier recorded any). */
    public List<Frame> frames() {
        return frames == null ? List.of() : Collections.unmodifiableList(frames);
    }
}
