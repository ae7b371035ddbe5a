package dev.jwasm.runtime;

import dev.jwasm.parser.model.ValType;
import java.util.List;

/**
 * A caught or thrown WebAssembly exception (an {@code exnref}): its tag and its payload,
 * unboxed in the tiers' slot layout ({@code long} slots, references in the parallel
 * {@code Object} slots). Identity matters: {@code throw_ref} rethrows this very object.
 */
public final class ExceptionReference {
    private final Tag tag;
    private final long[] slots;
    private final Object[] refs;

    /** An exception whose payload is copied from {@code slots[from..]} / {@code refs[from..]}. */
    public ExceptionReference(Tag tag, long[] slots, Object[] refs, int from) {
        this.tag = tag;
        int n = tag.payloadSlots();
        this.slots = new long[n];
        this.refs = new Object[n];
        System.arraycopy(slots, from, this.slots, 0, n);
        System.arraycopy(refs, from, this.refs, 0, n);
    }

    /** An exception with the given payload values. */
    public static ExceptionReference of(Tag tag, Value... payload) {
        List<ValType> types = tag.payloadTypes();
        if (payload.length != types.size()) {
            throw new IllegalArgumentException("tag takes " + types.size() + " values, got " + payload.length);
        }
        long[] s = new long[tag.payloadSlots()];
        Object[] r = new Object[s.length];
        int at = 0;
        for (int i = 0; i < payload.length; i++) {
            payload[i].write(s, r, at);
            at += Value.slots(types.get(i));
        }
        return new ExceptionReference(tag, s, r, 0);
    }

    public Tag tag() {
        return tag;
    }

    /** Copies the payload to {@code slots[to..]} / {@code refs[to..]}. */
    public void copyPayload(long[] s, Object[] r, int to) {
        System.arraycopy(slots, 0, s, to, slots.length);
        System.arraycopy(refs, 0, r, to, refs.length);
    }

    /** The payload as values. */
    public Value[] payload() {
        List<ValType> types = tag.payloadTypes();
        Value[] out = new Value[types.size()];
        int at = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = Value.read(types.get(i), slots, refs, at);
            at += Value.slots(types.get(i));
        }
        return out;
    }

    @Override
    public String toString() {
        return "exception " + tag + " " + java.util.Arrays.toString(payload());
    }
}
