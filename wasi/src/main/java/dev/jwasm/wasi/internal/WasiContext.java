package dev.jwasm.wasi.internal;

import dev.jwasm.wasi.WasiClock;
import dev.jwasm.wasi.WasiConfig;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One guest's WASI state: arguments and environment as bytes, the descriptor table, clocks
 * and randomness. Descriptors 0-2 are the standard streams, then come the listening sockets,
 * then the preopened directories (as Wasmtime numbers them).
 */
public final class WasiContext implements AutoCloseable {
    final byte[][] args;
    final byte[][] env;
    final FdTable fds = new FdTable();
    final WasiClock clock;
    private Random random;
    private final List<OutputDescriptor> outputs = new ArrayList<>();

    private WasiContext(WasiConfig config) {
        this.args = utf8(config.args());
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, String> e : config.env().entrySet()) {
            pairs.add(e.getKey() + "=" + e.getValue());
        }
        this.env = utf8(pairs);
        this.clock = config.clock();
        this.random = config.random();
    }

    /**
     * Opens what the configuration names: checks that each preopened directory exists (and
     * resolves it to its real path, once), binds listening addresses.
     *
     * @throws IOException when a preopened directory is missing or a socket cannot be bound
     */
    public static WasiContext create(WasiConfig config) throws IOException {
        WasiContext c = new WasiContext(config);
        try {
            c.open(config);
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void open(WasiConfig config) throws IOException {
        try {
            WasiConfig.Stdio<java.io.InputStream> in = config.stdin();
            fds.add(in.inherit() ? new InputDescriptor(new FileInputStream(FileDescriptor.in), Terminal.is())
                    : new InputDescriptor(in.stream(), false));
            fds.add(output(config.stdout(), FileDescriptor.out));
            fds.add(output(config.stderr(), FileDescriptor.err));
            for (Object l : config.listeners()) {
                ServerSocketChannel channel;
                if (l instanceof ServerSocketChannel s) {
                    channel = s;
                } else {
                    channel = ServerSocketChannel.open();
                    channel.bind((InetSocketAddress) l);
                }
                fds.add(new TcpListener(channel));
            }
            for (WasiConfig.Preopen p : config.preopens()) {
                Path host = p.hostPath();
                if (!Files.isDirectory(host)) {
                    throw new IOException("preopened directory " + host + " does not exist or is not a directory");
                }
                Path real = host.toRealPath();
                SandboxPath root = SandboxPath.rootOf(new SandboxPath.Root(real, p.readOnly()));
                fds.add(new OpenDirectory(root, p.guestPath()));
            }
        } catch (ErrnoException e) {
            throw new IOException("too many descriptors");
        }
    }

    private OutputDescriptor output(WasiConfig.Stdio<java.io.OutputStream> stdio, FileDescriptor inherited) {
        OutputDescriptor d = stdio.inherit()
                ? new OutputDescriptor(new FileOutputStream(inherited).getChannel(), null, Terminal.is())
                : new OutputDescriptor(null, stdio.stream(), false);
        outputs.add(d);
        return d;
    }

    private static byte[][] utf8(List<String> strings) {
        byte[][] out = new byte[strings.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = strings.get(i).getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    Random random() {
        if (random == null) {
            random = new SecureRandom();
        }
        return random;
    }

    /** Flushes the guest's stdout and stderr (Java streams given in the configuration). */
    public void flush() {
        for (OutputDescriptor o : outputs) {
            try {
                o.flush();
            } catch (IOException e) {
                // nothing more to do with a failing stream at this point
            }
        }
    }

    /** Closes every descriptor the guest still holds (the streams of the configuration are flushed, not closed). */
    @Override
    public void close() {
        flush();
        for (Descriptor d : fds.all()) {
            if (d instanceof OutputDescriptor || d instanceof InputDescriptor) {
                continue;
            }
            try {
                d.close();
            } catch (IOException e) {
                // closing is best effort
            }
        }
    }

    /** Whether the host process runs on a terminal (Java tells only for stdin and stdout together). */
    static final class Terminal {
        private static Boolean terminal;

        static boolean is() {
            if (terminal == null) {
                terminal = System.console() != null;
            }
            return terminal;
        }

        private Terminal() {}
    }
}
