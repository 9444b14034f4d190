package org.clipfile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The benchmark's delaying proxy: bytes pass unchanged and in order both ways, each round trip takes the delay. */
class DelayingProxyTest {
    private ServerSocket echoServer;
    private Thread echo;

    /** A server that answers every byte with the same byte, until the client closes its side. */
    @BeforeEach
    void startEchoServer() throws IOException {
        echoServer = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        echo = new Thread(() -> {
            while (true) {
                try (Socket s = echoServer.accept(); InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException e) {
                    return;
                }
            }
        }, "echo");
        echo.setDaemon(true);
        echo.start();
    }

    @AfterEach
    void stopEchoServer() throws Exception {
        echoServer.close();
        echo.join(2_000);
    }

    @Test
    void bytesComeBackUnchangedAndInOrder() throws Exception {
        byte[] sent = new byte[3 * 1024 * 1024 + 17]; // several of the proxy's chunks, an odd size
        new Random(42).nextBytes(sent);
        try (DelayingProxy proxy = new DelayingProxy("127.0.0.1", echoServer.getLocalPort(), 10);
             Socket client = new Socket(proxy.host(), proxy.port())) {
            Thread writer = new Thread(() -> {
                try {
                    OutputStream out = client.getOutputStream();
                    for (int i = 0; i < sent.length; i += 1000) { // many small writes: order must hold across chunks
                        out.write(sent, i, Math.min(1000, sent.length - i));
                    }
                    client.shutdownOutput();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            byte[] received = new byte[sent.length];
            DataInputStream in = new DataInputStream(client.getInputStream());
            in.readFully(received);
            writer.join(10_000);
            assertThat(received).isEqualTo(sent);
            assertThat(in.read()).as("the server's close reaches the client").isEqualTo(-1);
        }
    }

    @Test
    void eachRoundTripTakesAtLeastTheDelay() throws Exception {
        try (DelayingProxy proxy = new DelayingProxy("127.0.0.1", echoServer.getLocalPort(), 80);
             Socket client = new Socket(proxy.host(), proxy.port())) {
            client.setTcpNoDelay(true);
            OutputStream out = client.getOutputStream();
            InputStream in = client.getInputStream();
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                out.write(i);
                out.flush();
                assertThat(in.read()).isEqualTo(i);
                double ms = (System.nanoTime() - start) / 1e6;
                assertThat(ms).as("round trip %d", i).isGreaterThanOrEqualTo(80);
            }
        }
    }

    @Test
    void aBandwidthMakesBytesTakeTheirTimeAndTheyAreCounted() throws Exception {
        byte[] sent = new byte[1_000_000];
        new Random(7).nextBytes(sent);
        // 8 Mbit/s: a megabyte takes a second each way (the two directions overlap).
        try (DelayingProxy proxy = new DelayingProxy("127.0.0.1", echoServer.getLocalPort(), 2, 8);
             Socket client = new Socket(proxy.host(), proxy.port())) {
            long start = System.nanoTime();
            Thread writer = new Thread(() -> {
                try {
                    client.getOutputStream().write(sent);
                    client.shutdownOutput();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            byte[] received = new DataInputStream(client.getInputStream()).readNBytes(sent.length);
            double ms = (System.nanoTime() - start) / 1e6;
            writer.join(10_000);
            assertThat(received).isEqualTo(sent);
            assertThat(ms).as("a megabyte at 8 Mbit/s").isGreaterThanOrEqualTo(950);
            assertThat(proxy.bytesToClients()).isEqualTo(sent.length);
        }
    }

    @Test
    void withoutDelayItIsAPlainRelay() throws Exception {
        try (DelayingProxy proxy = new DelayingProxy("127.0.0.1", echoServer.getLocalPort(), 0);
             Socket client = new Socket(proxy.host(), proxy.port())) {
            client.getOutputStream().write(new byte[] {1, 2, 3});
            byte[] back = new DataInputStream(client.getInputStream()).readNBytes(3);
            assertThat(back).containsExactly(1, 2, 3);
        }
    }

    @Test
    void aNegativeDelayIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DelayingProxy("127.0.0.1", 1, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1.0 ms");
    }
}
