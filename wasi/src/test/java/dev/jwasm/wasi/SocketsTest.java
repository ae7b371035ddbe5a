package dev.jwasm.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jwasm.runtime.Engine;
import dev.jwasm.runtime.Instance;
import dev.jwasm.runtime.Linker;
import dev.jwasm.wasi.programs.EchoClient;
import dev.jwasm.wasi.programs.ProgramCase;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The echo program serving one client on a listening socket handed in through {@link WasiConfig}, on 127.0.0.1 only. */
class SocketsTest {

    @Test
    @Timeout(60)
    void echoServerOnAListenerFromTheHost() throws Exception {
        Engine engine = Engine.create();
        ServerSocketChannel listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WasiConfig config = WasiConfig.builder().arg("echo").listener(listener).stdout(out).build();
        ExecutorService server = Executors.newSingleThreadExecutor();
        try (WasiPreview1 wasi = WasiPreview1.create(config)) {
            Instance instance = wasi.addTo(new Linker(engine))
                    .instantiate(engine.newStore(), engine.compile(ProgramCase.directory().resolve("echo.wasm")));
            Future<Integer> exit = server.submit(() -> wasi.runCommand(instance));
            assertEquals("echo: hello\n", EchoClient.exchange(port));
            assertEquals(0, exit.get(30, TimeUnit.SECONDS));
        } finally {
            server.shutdownNow();
        }
        assertEquals(EchoClient.EXPECTED_STDOUT, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(60)
    void aListenAddressIsBoundWhenTheContextIsCreated() throws Exception {
        int port = EchoClient.freePort();
        WasiConfig config = WasiConfig.builder()
                .tcpListen(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)).build();
        try (WasiPreview1 wasi = WasiPreview1.create(config);
                java.net.Socket s = new java.net.Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
        }
    }
}
