package org.clipfile.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on a loopback port that holds every chunk of bytes for half the given round trip in
 * each direction before passing it on, in the order it came: a server "across a network" without
 * touching the machine's network settings (a delay on the loopback device would slow every other
 * program here too). Chunks are delayed, not the connection as a whole, so several messages in
 * flight overlap as they would on a real link. A bandwidth, when given, holds each chunk further
 * for the time its bytes take on such a link, one after another in each direction (all connections
 * share the link, as a window's two connections share one network); the bytes that
 * went to the client are counted, to tell what a step moves across the network.
 */
public final class DelayingProxy implements AutoCloseable {
    private static final int CHUNK = 64 * 1024;

    private final InetSocketAddress target;
    private final long oneWayNanos;
    /** Nanoseconds each byte takes on the link; 0: unlimited. */
    private final double nanosPerByte;
    private final java.util.concurrent.atomic.AtomicLong toClient = new java.util.concurrent.atomic.AtomicLong();
    private final Link upLink = new Link();
    private final Link downLink = new Link();
    private final ServerSocket listener;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Thread acceptor;
    private volatile boolean closed;

    /**
     * Starts listening on a free loopback port; each connection made to it is relayed to
     * {@code host:port} with {@code roundTripMs / 2} added each way.
     */
    public DelayingProxy(String host, int port, double roundTripMs) throws IOException {
        this(host, port, roundTripMs, 0);
    }

    /** As above, on a link of {@code megabitsPerSecond} each way (0: unlimited). */
    public DelayingProxy(String host, int port, double roundTripMs, double megabitsPerSecond) throws IOException {
        if (roundTripMs < 0) {
            throw new IllegalArgumentException("the round trip must not be negative, not " + roundTripMs + " ms");
        }
        if (megabitsPerSecond < 0) {
            throw new IllegalArgumentException("the bandwidth must not be negative, not " + megabitsPerSecond + " Mbit/s");
        }
        this.target = new InetSocketAddress(host, port);
        this.oneWayNanos = (long) (roundTripMs * 1e6 / 2);
        this.nanosPerByte = megabitsPerSecond == 0 ? 0 : 8e3 / megabitsPerSecond;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "delaying-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The loopback port clients connect to. */
    public int port() {
        return listener.getLocalPort();
    }

    /** Bytes relayed from the server to clients so far, over all connections. */
    public long bytesToClients() {
        return toClient.get();
    }

    /** The loopback address clients connect to ({@code 127.0.0.1}). */
    public String host() {
        return listener.getInetAddress().getHostAddress();
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return; // closed
            }
            Socket server = new Socket();
            try {
                server.connect(target, 10_000);
            } catch (IOException e) {
                closeQuietly(client);
                closeQuietly(server);
                continue; // the client sees its connection closed, as with an unreachable server
            }
            for (Socket s : List.of(client, server)) {
                try {
                    s.setTcpNoDelay(true); // the delay is ours; Nagle's would add its own
                } catch (IOException ignored) {
                    // only a hint
                }
                sockets.add(s);
            }
            AtomicInteger open = new AtomicInteger(2); // directions still relaying; the last one to finish closes both sockets
            relay(client, server, "up", open, upLink, null);
            relay(server, client, "down", open, downLink, toClient);
        }
    }

    /** One direction: a reader that stamps each chunk, a writer that sends it once its time has come. */
    private void relay(Socket from, Socket to, String direction, AtomicInteger open, Link link, java.util.concurrent.atomic.AtomicLong counted) {
        BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                InputStream in = from.getInputStream(); // not closed here: that would close the socket, and the other direction with it
                byte[] buffer = new byte[CHUNK];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (n > 0) {
                        queue.put(new Chunk(System.nanoTime() + oneWayNanos, Arrays.copyOf(buffer, n)));
                    }
                }
            } catch (IOException | InterruptedException e) {
                // the connection ended; the writer passes on what was read and closes
            } finally {
                queue.add(Chunk.END);
            }
        }, "delaying-proxy-" + direction + "-read");
        Thread writer = new Thread(() -> {
            try {
                OutputStream out = to.getOutputStream();
                while (true) {
                    Chunk chunk = queue.take();
                    if (chunk == Chunk.END) {
                        break;
                    }
                    long due = chunk.due();
                    if (nanosPerByte > 0) {
                        due = link.send(due, (long) (chunk.bytes().length * nanosPerByte));
                    }
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    if (counted != null) {
                        counted.addAndGet(chunk.bytes().length); // before the write: once the client has the bytes, they are counted
                    }
                    out.write(chunk.bytes());
                    out.flush();
                }
                to.shutdownOutput(); // the other side learns of the close after the same delay as the data
                if (open.decrementAndGet() == 0) {
                    closeQuietly(from);
                    closeQuietly(to);
                    sockets.remove(from);
                    sockets.remove(to);
                }
            } catch (IOException | InterruptedException e) {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "delaying-proxy-" + direction + "-write");
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
    }

    /** One direction of the link: when it has sent what came before. */
    private static final class Link {
        private long free;

        /** When a chunk ready at {@code ready} has gone through, taking {@code nanos} on the wire after those before it. */
        synchronized long send(long ready, long nanos) {
            free = Math.max(ready, free) + nanos;
            return free;
        }
    }

    private record Chunk(long due, byte[] bytes) {
        static final Chunk END = new Chunk(0, new byte[0]);
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        for (Socket s : sockets) {
            closeQuietly(s);
        }
        try {
            acceptor.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing anyway
        }
    }
}
