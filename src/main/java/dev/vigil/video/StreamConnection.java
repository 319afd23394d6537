package dev.vigil.video;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One connection to a live source through FFmpeg: a stream address, a capture device or a file, each decoded frame
 * converted to packed RGB at one or more sizes (the picture kept for the eye, the frame a backbone reads). Each
 * size is converted from the decoded frame in one step, as a {@link FrameReader} converts a file's frames, so a
 * backbone reads a live frame as it would read the same frame of a file. Network reads give up after a timeout, so
 * that a silent camera is noticed as lost instead of blocking the decoder for ever.
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
    private final List<RgbConversion> outputs = new ArrayList<>();

    private StreamConnection(String address, FFmpegFrameGrabber grabber, int width, int height) {
        this.address = address;
        this.grabber = grabber;
        this.width = width;
        this.height = height;
    }

    /** A size frames are converted to. */
    public record Size(int width, int height) {
        public Size {
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("a frame size must be positive, got " + width + "x" + height);
            }
        }

        public int bytes() {
            return width * height * 3;
        }
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
     * Connects and starts decoding; {@link #convertTo} says at which sizes frames are handed out.
     *
     * @throws IOException naming the address and FFmpeg's reason
     */
    public static StreamConnection open(Target target) throws IOException {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(target.address());
        if (target.format() != null) {
            grabber.setFormat(target.format());
        }
        // frames come as the decoder gives them; the conversions below make every size from them
        grabber.setImageMode(FrameGrabber.ImageMode.RAW);
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

    /**
     * The sizes {@link #next} writes, in the order of its arrays.
     *
     * @return this connection
     */
    public StreamConnection convertTo(Size... sizes) {
        outputs.forEach(RgbConversion::close);
        outputs.clear();
        for (Size size : sizes) {
            outputs.add(new RgbConversion(size.width(), size.height()));
        }
        return this;
    }

    /** Width of the source's frames. */
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
     * Decodes the next frame into one array per size given to {@link #convertTo}, as packed RGB.
     *
     * @return false at the end of the source
     * @throws IOException when reading or decoding fails, a timeout included (the stream is lost)
     */
    public boolean next(byte[]... targets) throws IOException {
        if (targets.length != outputs.size()) {
            throw new IllegalArgumentException(targets.length + " arrays for " + outputs.size() + " frame sizes");
        }
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
        AVFrame decoded = (AVFrame) frame.opaque;
        for (int i = 0; i < targets.length; i++) {
            outputs.get(i).convert(decoded, targets[i]);
        }
        return true;
    }

    @Override
    public void close() {
        Ffmpeg.closeQuietly(grabber);
        outputs.forEach(RgbConversion::close);
        outputs.clear();
    }
}
