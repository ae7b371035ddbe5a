package dev.jwasm.wasi.programs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The client side of the {@code echo} program: connects to 127.0.0.1 (retrying for up to
 * 10 s while the server starts), sends one line, reads the answer until the server closes.
 * Every wait is bounded.
 */
public final class EchoClient {
    private EchoClient() {}

    /** The lines the echo program prints when the exchange works. */
    public static final String EXPECTED_STDOUT = """
            poll for a client: ok
            listener ready
            sock_accept: ok
            accepted a stream socket
            non-blocking sock_accept with no client: EAGAIN
            sock_recv peek: ok
            peeked 'h'
            sock_recv waitall: ok
            received 6 bytes: hello
            sock_send: ok
            sent 12 bytes
            sock_shutdown bad flags: EINVAL
            sock_shutdown write side: ok
            sock_recv on the listener: ENOTCONN
            client hung up after 0 more bytes
            fd_close: ok
            """;

    /** Sends "hello\n" in two pieces and returns what the server answered. */
    public static String exchange(int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        for (;;) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                s.setSoTimeout(10_000);
                s.getOutputStream().write("hel".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                Thread.sleep(50);
                s.getOutputStream().write("lo\n".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                ByteArrayOutputStream answer = new ByteArrayOutputStream();
                InputStream in = s.getInputStream();
                byte[] buffer = new byte[256];
                for (int n; answer.size() < 4096 && (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
                return answer.toString(StandardCharsets.US_ASCII);
            } catch (java.net.ConnectException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    /** A port that was free a moment ago on 127.0.0.1. */
    public static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
