package dev.jwasm.runtime;

/**
 * Per-thread execution state shared by all tiers: how deep Wasm calls are nested (checked
 * against the store's limit: "call stack exhausted"), the store whose interrupt flag the
 * tiers poll, the instance that is calling a host function, and slots where a tier keeps its
 * own per-thread state (the interpreter's value and frame stacks) so that nothing is
 * allocated per call.
 *
 * <p>Obtained with {@link #current()}; a thread has one context for its whole life. Not for
 * use by other threads.
 */
public final class ExecutionContext {
    // a class, not ThreadLocal.withInitial(lambda): a lambda's bootstrap costs jwasm run start-up time
    private static final ThreadLocal<ExecutionContext> CURRENT = new ThreadLocal<>() {
        @Override
        protected ExecutionContext initialValue() {
            return new ExecutionContext();
        }
    };
    private static int nextTierSlot;

    /** What a tier keeps per thread; reset when the outermost call from the host ends abnormally. */
    public interface TierState {
        void reset();
    }

    private final TierState[] tierStates = new TierState[4];
    private int depth;
    private int entries;
    private ResourceLimits limits = ResourceLimits.DEFAULT;
    private Store store;
    private Instance caller;
    private Caller hostCaller;

    private ExecutionContext() {
    }

    /** This thread's context. */
    public static ExecutionContext current() {
        return CURRENT.get();
    }

    /** A slot number for a tier's per-thread state; call once per tier class. */
    public static synchronized int newTierSlot() {
        return nextTierSlot++;
    }

    public TierState tierState(int slot) {
        return tierStates[slot];
    }

    public void setTierState(int slot, TierState state) {
        tierStates[slot] = state;
    }

    /** Wasm frames active on this thread. */
    public int depth() {
        return depth;
    }

    public void setDepth(int depth) {
        this.depth = depth;
    }

    public int maxDepth() {
        return limits.maxCallDepth();
    }

    public ResourceLimits limits() {
        return limits;
    }

    /** The store of the outermost call from the host, whose {@link Store#interrupt()} the tiers poll. */
    public Store store() {
        return store;
    }

    /** The instance whose code is calling the host function now running (null when the host called). */
    public Instance caller() {
        return caller;
    }

    public void setCaller(Instance caller) {
        this.caller = caller;
    }

    /**
     * The {@link Caller} handed to the host function now running. Reused while the calling
     * instance stays the same (a {@code Caller} is immutable), so that host calls from Wasm
     * allocate nothing; dropped when the outermost call ends, so it keeps no instance alive.
     */
    public Caller hostCaller() {
        Caller c = hostCaller;
        if (c == null || c.instance() != caller) {
            c = new Caller(caller, this);
            hostCaller = c;
        }
        return c;
    }

    /** Whether Wasm code is running on this thread (a host function called from Wasm sees true). */
    public boolean isActive() {
        return entries > 0;
    }

    /**
     * Starts a call from the host into Wasm. The outermost entry adopts the store's limits and
     * tells the store a call runs, so that {@link Store#interrupt()} can reach it.
     */
    public void enter(Store entryStore) {
        if (entries++ == 0) {
            store = entryStore;
            limits = entryStore == null ? ResourceLimits.DEFAULT : entryStore.limits();
            depth = 0;
            if (entryStore != null) {
                entryStore.callStarted();
            }
        }
    }

    /** Ends a call from the host; after a failed outermost call every tier's state is reset. */
    public void exit(boolean failed) {
        if (--entries == 0) {
            if (store != null) {
                store.callEnded();
            }
            store = null;
            caller = null;
            hostCaller = null;
            depth = 0;
            if (failed) {
                for (TierState s : tierStates) {
                    if (s != null) {
                        s.reset();
                    }
                }
            }
        }
    }

    /**
     * Throws the "interrupted" trap if the running store was asked to stop. Cheap: one volatile
     * read. The request stays until the outermost call returns, so a host function that catches
     * the trap and calls back into Wasm cannot keep the store running.
     */
    public void pollInterrupt() {
        Store s = store;
        if (s != null && s.interruptRequested()) {
            throw new Trap(TrapMessages.INTERRUPTED);
        }
    }
}
