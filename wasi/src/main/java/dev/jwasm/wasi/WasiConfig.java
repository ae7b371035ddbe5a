package dev.jwasm.wasi;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * What a WASI guest is given: its arguments and environment, the directories it may see,
 * its standard streams, its clocks and randomness, and listening sockets. Immutable; made
 * with {@link #builder()}.
 *
 * <pre>{@code
 * WasiConfig config = WasiConfig.builder()
 *         .args("hello.wasm", "--verbose")          // argv[0] first
 *         .env("HOME", "/")
 *         .preopen(Path.of("data"), "/data")        // read-write
 *         .preopenReadOnly(Path.of("assets"), "/assets")
 *         .inheritStdio()
 *         .build();
 * }</pre>
 *
 * <p>Defaults: no arguments, an empty environment, no directories, an empty stdin, stdout
 * and stderr discarded, the host's clocks, a {@link java.security.SecureRandom}.
 */
public final class WasiConfig {

    /** A host directory the guest sees under {@code guestPath}; a read-only one refuses every change. */
    public record Preopen(Path hostPath, String guestPath, boolean readOnly) {
        public Preopen {
            Objects.requireNonNull(hostPath, "hostPath");
            Objects.requireNonNull(guestPath, "guestPath");
        }
    }

    /**
     * Where a standard stream comes from or goes to: the host process's own stream
     * ({@code inherit}), or a Java stream ({@code stream}; null for an empty stdin or a
     * discarded output).
     */
    public record Stdio<S>(boolean inherit, S stream) {
    }

    private final List<String> args;
    private final Map<String, String> env;
    private final List<Preopen> preopens;
    private final Stdio<InputStream> stdin;
    private final Stdio<OutputStream> stdout;
    private final Stdio<OutputStream> stderr;
    private final WasiClock clock;
    private final Random random;
    private final List<Object> listeners;

    private WasiConfig(Builder b) {
        this.args = List.copyOf(b.args);
        this.env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.env));
        this.preopens = List.copyOf(b.preopens);
        this.stdin = b.stdin;
        this.stdout = b.stdout;
        this.stderr = b.stderr;
        this.clock = b.clock;
        this.random = b.random;
        this.listeners = List.copyOf(b.listeners);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The guest's argv, argv[0] first. */
    public List<String> args() {
        return args;
    }

    /** The guest's environment, in the order given. */
    public Map<String, String> env() {
        return env;
    }

    /** The preopened directories; they get descriptors 3, 4, ... after the listening sockets. */
    public List<Preopen> preopens() {
        return preopens;
    }

    public Stdio<InputStream> stdin() {
        return stdin;
    }

    public Stdio<OutputStream> stdout() {
        return stdout;
    }

    public Stdio<OutputStream> stderr() {
        return stderr;
    }

    public WasiClock clock() {
        return clock;
    }

    /** The source of {@code random_get}, or null for a {@link java.security.SecureRandom} made on first use. */
    public Random random() {
        return random;
    }

    /** Listening sockets handed to the guest: {@link ServerSocketChannel}s or {@link InetSocketAddress}es to bind. */
    public List<Object> listeners() {
        return listeners;
    }

    /** Builds a {@link WasiConfig}. */
    public static final class Builder {
        private final List<String> args = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private final List<Preopen> preopens = new ArrayList<>();
        private Stdio<InputStream> stdin = new Stdio<>(false, null);
        private Stdio<OutputStream> stdout = new Stdio<>(false, null);
        private Stdio<OutputStream> stderr = new Stdio<>(false, null);
        private WasiClock clock = WasiClock.system();
        private Random random;
        private final List<Object> listeners = new ArrayList<>();

        private Builder() {
        }

        /** Replaces the arguments; the first is the program name (argv[0]). */
        public Builder args(String... args) {
            return args(List.of(args));
        }

        public Builder args(List<String> args) {
            this.args.clear();
            this.args.addAll(args);
            return this;
        }

        /** Appends one argument. */
        public Builder arg(String arg) {
            args.add(Objects.requireNonNull(arg));
            return this;
        }

        /** Sets one environment variable (a later value for the same name replaces the earlier). */
        public Builder env(String name, String value) {
            if (name.isEmpty() || name.indexOf('=') >= 0) {
                throw new IllegalArgumentException("bad environment variable name: '" + name + "'");
            }
            env.put(name, Objects.requireNonNull(value));
            return this;
        }

        /** Sets every variable of the map. */
        public Builder env(Map<String, String> variables) {
            variables.forEach(this::env);
            return this;
        }

        /** Adds the host process's whole environment. */
        public Builder inheritEnv() {
            return env(System.getenv());
        }

        /** Lets the guest see and change {@code hostDirectory} under the name {@code guestPath}. */
        public Builder preopen(Path hostDirectory, String guestPath) {
            preopens.add(new Preopen(hostDirectory, guestPath, false));
            return this;
        }

        /** Lets the guest read, and only read, {@code hostDirectory} under the name {@code guestPath}. */
        public Builder preopenReadOnly(Path hostDirectory, String guestPath) {
            preopens.add(new Preopen(hostDirectory, guestPath, true));
            return this;
        }

        public Builder preopen(Preopen preopen) {
            preopens.add(Objects.requireNonNull(preopen));
            return this;
        }

        /** The guest's stdin reads this stream (null: empty). */
        public Builder stdin(InputStream in) {
            stdin = new Stdio<>(false, in);
            return this;
        }

        /** The guest's stdout goes to this stream (null: discarded). */
        public Builder stdout(OutputStream out) {
            stdout = new Stdio<>(false, out);
            return this;
        }

        /** The guest's stderr goes to this stream (null: discarded). */
        public Builder stderr(OutputStream err) {
            stderr = new Stdio<>(false, err);
            return this;
        }

        public Builder inheritStdin() {
            stdin = new Stdio<>(true, null);
            return this;
        }

        public Builder inheritStdout() {
            stdout = new Stdio<>(true, null);
            return this;
        }

        public Builder inheritStderr() {
            stderr = new Stdio<>(true, null);
            return this;
        }

        /** The guest uses the host process's stdin, stdout and stderr. */
        public Builder inheritStdio() {
            return inheritStdin().inheritStdout().inheritStderr();
        }

        /** The clocks the guest reads; {@link WasiClock#virtual(long)} makes runs reproducible. */
        public Builder clock(WasiClock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** The source of {@code random_get}; a seeded {@link Random} makes runs reproducible. */
        public Builder random(Random random) {
            this.random = Objects.requireNonNull(random);
            return this;
        }

        /** Hands the guest a listening TCP socket (it gets the next descriptor after stdio and earlier listeners). */
        public Builder listener(ServerSocketChannel channel) {
            listeners.add(Objects.requireNonNull(channel));
            return this;
        }

        /** Binds a listening TCP socket on this address when the WASI context is created, and hands it to the guest. */
        public Builder tcpListen(InetSocketAddress address) {
            listeners.add(Objects.requireNonNull(address));
            return this;
        }

        public WasiConfig build() {
            return new WasiConfig(this);
        }
    }
}
