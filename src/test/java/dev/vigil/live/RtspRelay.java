package dev.vigil.live;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's RTSP relay rtsp-server-perl, run as a child process on free ports of 127.0.0.1: a sender pushes a stream
 * to its source port (ANNOUNCE, RECORD) and viewers pull it from its client port (DESCRIBE, SETUP, PLAY), as they
 * would from an IP camera. It relays RTP over UDP, on ports from 20000 up.
 */
public final class RtspRelay implements AutoCloseable {

    /** Where the Debian package rtsp-server-perl installs the relay. */
    public static final Path PROGRAM = Path.of("/usr/bin/rtsp-server-perl");

    private final Process process;
    private final int sourcePort;
    private final int viewerPort;
    private final Path log;

    private RtspRelay(Process process, int sourcePort, int viewerPort, Path log) {
        this.process = process;
        this.sourcePort = sourcePort;
        this.viewerPort = viewerPort;
        this.log = log;
    }

    public static boolean installed() {
        return Files.isExecutable(PROGRAM);
    }

    /**
     * Starts the relay in the foreground and waits until both its ports accept connections.
     *
     * @param log file for what the relay writes (its warnings and errors)
     */
    public static RtspRelay start(Path log) throws IOException, InterruptedException {
        int source = freePort();
        int viewer = freePort();
        while (viewer == source) {
            viewer = freePort();
        }
        Process process = new ProcessBuilder(PROGRAM.toString(), "--serverport", Integer.toString(source),
                "--clientport", Integer.toString(viewer), "--source_listen_address", "127.0.0.1",
                "--client_listen_address", "127.0.0.1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RtspRelay relay = new RtspRelay(process, source, viewer, log);
        // Perl loads its modules for about a second before the relay listens
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!accepts(source) || !accepts(viewer)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                relay.close();
                throw new IOException(PROGRAM + " does not listen on ports " + source + " and " + viewer + ": "
                        + relay.log());
            }
            Thread.sleep(100);
        }
        return relay;
    }

    /** Where a sender pushes the stream {@code path} (starting with /). */
    public String sourceUrl(String path) {
        return "rtsp://127.0.0.1:" + sourcePort + path;
    }

    /** Where viewers pull the stream {@code path}. */
    public String viewerUrl(String path) {
        return "rtsp://127.0.0.1:" + viewerPort + path;
    }

    /** What the relay has written so far, for failure messages. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Ends the relay: it stops on SIGTERM, and is killed when it has not within a few seconds. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
