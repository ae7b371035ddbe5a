package dev.jwasm.spectest.exec;

/**
 * The host value N of a script's {@code (ref.extern N)} (an external reference to it) and
 * {@code (ref.host N)} (the same value internalized into the {@code any} hierarchy). Equal
 * numbers are equal values.
 */
record HostValue(long n) {
    @Override
    public String toString() {
        return "host " + n;
    }
}
