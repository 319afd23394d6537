package dev.vigil.live;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests of other packages stream as a camera does. */
public final class StreamSenderAccess {

    private StreamSenderAccess() {
    }

    public static int freePort() throws IOException {
        return StreamSender.freePort();
    }

    public static long[] udp(Path file, int port, int keyFrames, int from, int to, double speed) throws Exception {
        return StreamSender.udp(file, port, keyFrames, from, to, speed);
    }

    public static long[] rtsp(Path file, String url, int keyFrames, int from, int to, double speed)
            throws Exception {
        return StreamSender.rtsp(file, url, keyFrames, from, to, speed);
    }
}
