package dev.jwasm.runtime;

/**
 * Owns instances and what they create, under {@link ResourceLimits}. A store is not
 * thread-safe, except that {@link #interrupt()} may be called from any thread, and that
 * shared memories may be used from several threads.
 */
public final class Store {
    private final Engine engine;
    private final ResourceLimits limits;
    private volatile boolean interruptRequested;
    private int instanceCount;

    public Store(Engine engine) {
        this(engine, engine.limits());
    }

    public Store(Engine engine, ResourceLimits limits) {
        this.engine = engine;
        this.limits = limits;
    }

    public Engine engine() {
        return engine;
    }

    public ResourceLimits limits() {
        return limits;
    }

    /**
     * Asks the Wasm code running in this store to stop: it traps with "interrupted" at its
     * next loop back-edge or function entry. Safe to call from any thread.
     */
    public void interrupt() {
        interruptRequested = true;
    }

    public boolean interruptRequested() {
        return interruptRequested;
    }

    void clearInterrupt() {
        interruptRequested = false;
    }

    public int instanceCount() {
        return instanceCount;
    }

    /** Counts a new instance against the limit. */
    void addInstance() {
        if (instanceCount >= limits.maxInstances()) {
            throw new Trap("instance limit of " + limits.maxInstances() + " reached");
        }
        instanceCount++;
    }
}
