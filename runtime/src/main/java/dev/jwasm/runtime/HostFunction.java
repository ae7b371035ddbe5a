package dev.jwasm.runtime;

/**
 * A function written in Java that Wasm code can import. It receives the call context and
 * the arguments, and returns the results (an empty array, or null, for none).
 *
 * <p>To raise a Wasm exception that guest code can catch, throw a {@link ThrownException}.
 * A {@link Trap} stops the guest as a trap. Any other exception becomes a trap too, with the
 * exception as its cause; guest code cannot catch it, not even with {@code catch_all}.
 *
 * <p>Arguments and results are boxed in {@link Value}s on every call. {@link HostFunctions}
 * makes host functions from typed lambdas ({@code (int a, int b) -> a + b}) or on the raw
 * slots instead, which allocate nothing per call.
 */
@FunctionalInterface
public interface HostFunction {
    Value[] call(Caller caller, Value[] args) throws Exception;
}
