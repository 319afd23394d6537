package dev.vigil.video;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * One connection to a live source through FFmpeg: a stream address, a capture device or a file, decoded to packed
 * RGB at a fixed picture size. Network reads give up after a timeout, so that a silent camera is noticed as lost
 * instead of blocking the decoder for ever.
 */
public final class StreamConnection implements AutoCloseable {

    static {
        // FFmpeg reports every stream it opens on stderr; a watch reports losses and gaps itself
        avutil.av_log_set_level(avutil.AV_LOG_FATAL);
    }

    private final String address;
    private final FFmpegFrameGrabber grabber;
    private final int width;
    private final int height;

    private StreamConnection(String address, FFmpegFrameGrabber grabber, int width, int height) {
        this.address = address;
        this.grabber = grabber;
        this.width = width;
        this.height = height;
    }

    /**
     * How to open a source.
     *
     * @param address        what FFmpeg opens: a URL, a device path or a file path
     * @param format         the input format to force (e.g. {@code video4linux2}), or null
     * @param timeoutMicros  how long a network read may wait before the stream counts as lost; 0 for none
     * @param follow         for a file: keep reading at its end while it grows (until a read waits past the timeout)
     */
    public record Target(String address, String format, long timeoutMicros, boolean follow) {
    }

    /**
     * Connects and starts decoding.
     *
     * @param width  picture width FFmpeg scales to, or 0 with {@code height} 0 for the source's own size
     * @throws IOException naming the address and FFmpeg's reason
     */
    public static StreamConnection open(Target target, int width, int height) throws IOException {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(target.address());
        if (target.format() != null) {
            grabber.setFormat(target.format());
        }
        grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
        grabber.setImageWidth(width);
        grabber.setImageHeight(height);
        // one decoding thread: the other core scores
        grabber.setVideoOption("threads", "1");
        if (target.timeoutMicros() > 0) {
            String micros = Long.toString(target.timeoutMicros());
            // "timeout" is the socket timeout of udp, rtsp, http, tcp and srt; rw_timeout covers every other protocol
            grabber.setOption("timeout", micros);
            grabber.setOption("rw_timeout", micros);
        }
        if (target.timeoutMicros() > 0) {
            // a live stream's format is known within a second: probing longer only delays the first frame, and a
            // growing file would be waited on for data that is not written yet
            grabber.setOption("analyzeduration", "1000000");
        }
        if (target.address().startsWith("udp://")) {
            // a late reader must not make the socket buffer overflow into an error: lost packets are the same loss
            grabber.setOption("overrun_nonfatal", "1");
            grabber.setOption("fifo_size", "100000");
        }
        if (target.follow()) {
            grabber.setOption("follow", "1");
        }
        try {
            grabber.start(true);
        } catch (FFmpegFrameGrabber.Exception | RuntimeException e) {
            Ffmpeg.closeQuietly(grabber);
            throw new IOException(target.address() + ": cannot connect (" + Ffmpeg.withoutHints(Ffmpeg.plainReason(e))
                    + ")", e);
        }
        if (!grabber.hasVideo() || grabber.getImageWidth() <= 0 || grabber.getImageHeight() <= 0) {
            Ffmpeg.closeQuietly(grabber);
            throw new IOException(target.address() + ": no video stream");
        }
        return new StreamConnection(target.address(), grabber, grabber.getImageWidth(), grabber.getImageHeight());
    }

    /** Width of the pictures handed out. */
    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Frames per second the source declares, NaN when it does not say. */
    public double frameRate() {
        return Ffmpeg.frameRate(grabber);
    }

    /** The time stamp of the last frame grabbed, in seconds from the stream's start (as the source counts). */
    public double timestampSeconds() {
        return grabber.getTimestamp() / 1e6;
    }

    /**
     * Decodes the next frame into {@code target} (width × height × 3 bytes, packed RGB).
     *
     * @return false at the end of the source
     * @throws IOException when reading or decoding fails, a timeout included (the stream is lost)
     */
    public boolean next(byte[] target) throws IOException {
        Frame frame;
        try {
            do {
                frame = grabber.grabFrame(false, true, true, false, false);
            } while (frame != null && frame.type != Frame.Type.VIDEO);
        } catch (FFmpegFrameGrabber.Exception | RuntimeException e) {
            throw new IOException(address + ": " + Ffmpeg.plainReason(e), e);
        }
        if (frame == null) {
            return false;
        }
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        int rowBytes = width * 3;
        for (int y = 0; y < height; y++) {
            buffer.get(y * frame.imageStride, target, y * rowBytes, rowBytes);
        }
        return true;
    }

    @Override
    public void close() {
        Ffmpeg.closeQuietly(grabber);
    }
}
