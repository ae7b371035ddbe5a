package dev.jwasm.runtime;

/** What a host function knows about its call: the calling instance and its memory. */
public final class Caller {
    private final Instance instance;
    private final ExecutionContext context;

    public Caller(Instance instance, ExecutionContext context) {
        this.instance = instance;
        this.context = context;
    }

    /** The instance whose code made the call, or null when the host called the function directly. */
    public Instance instance() {
        return instance;
    }

    /** The caller's memory 0, or null. */
    public Memory memory() {
        return instance == null || instance.memoryCount() == 0 ? null : instance.memory(0);
    }

    public ExecutionContext context() {
        return context;
    }
}
