package dev.jwasm.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Owns instances and what they create, under {@link ResourceLimits}. A store is not
 * thread-safe, except that {@link #interrupt()} may be called from any thread, and that
 * shared memories may be used from several threads.
 */
public final class Store {
    private final Engine engine;
    private final ResourceLimits limits;
    private int instanceCount;
    /**
     * Bit 0: an interrupt was requested; the other bits count the threads running Wasm code of
     * this store. One word, so that a request and the end of the last call cannot cross: a
     * request made while no call runs is refused instead of stopping some later call.
     */
    private volatile int callState;
    private static final int REQUESTED = 1;
    private static final int ONE_CALL = 2;
    private static final VarHandle CALL_STATE;

    static {
        try {
            CALL_STATE = MethodHandles.lookup().findVarHandle(Store.class, "callState", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

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
     * next loop back-edge or function entry, and so does any code of the store that runs until
     * the outermost call returns to the host. Safe to call from any thread.
     *
     * @return whether Wasm code of this store was running (if not, the request is dropped,
     *         so it cannot stop a later call)
     */
    public boolean interrupt() {
        while (true) {
            int s = callState;
            if (s < ONE_CALL) {
                return false;
            }
            if ((s & REQUESTED) != 0 || CALL_STATE.compareAndSet(this, s, s | REQUESTED)) {
                return true;
            }
        }
    }

    /** Whether an interrupt is pending; the tiers poll this (one volatile read). */
    public boolean interruptRequested() {
        return (callState & REQUESTED) != 0;
    }

    /** A thread starts running this store's code (the outermost call from the host). */
    void callStarted() {
        CALL_STATE.getAndAdd(this, ONE_CALL);
    }

    /** The outermost call on a thread returned; the last one to end drops a pending request. */
    void callEnded() {
        while (true) {
            int s = callState;
            int next = s - ONE_CALL < ONE_CALL ? 0 : s - ONE_CALL;
            if (CALL_STATE.compareAndSet(this, s, next)) {
                return;
            }
        }
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
