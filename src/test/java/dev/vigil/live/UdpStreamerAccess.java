package dev.vigil.live;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests of other packages stream over UDP. */
public final class UdpStreamerAccess {

    private UdpStreamerAccess() {
    }

    public static int freePort() throws IOException {
        return UdpStreamer.freePort();
    }

    public static long[] stream(Path file, int port, int from, int to, double speed) throws Exception {
        return UdpStreamer.stream(file, port, from, to, speed);
    }
}
