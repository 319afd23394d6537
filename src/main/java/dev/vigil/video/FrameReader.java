package dev.vigil.video;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Streams the frames of one video in order, one at a time. A frame is either skipped (decoded, never converted)
 * or read (scaled by FFmpeg straight to the output size and converted to RGB), so that sampling a few frames of a
 * long clip costs little more than demuxing it, and memory holds one frame, never the clip.
 * Frames are returned upright: a display rotation in the file is applied.
 */
public final class FrameReader implements FrameSource {

    /** Up to this many frames ahead, decoding forward is cheaper than a seek back to a key frame. */
    private static final int SKIP_AHEAD = 12;

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final int rotation;
    private final int width;
    private final int height;
    private final byte[] unrotated;
    private long position;

    private FrameReader(Path file, FFmpegFrameGrabber grabber, int rotation, int width, int height) {
        this.file = file;
        this.grabber = grabber;
        this.rotation = rotation;
        this.width = width;
        this.height = height;
        this.unrotated = rotation == 0 ? null : new byte[width * height * 3];
    }

    /**
     * Opens a video for reading frames at {@code width × height} (after rotation).
     * Pass 0 for both to read at the displayed size of the file.
     */
    public static FrameReader open(Path file, int width, int height) throws VideoException {
        return open(file, width, height, 1);
    }

    /** As {@link #open(Path, int, int)} with a number of FFmpeg decoding threads (0 lets FFmpeg choose). */
    public static FrameReader open(Path file, int width, int height, int threads) throws VideoException {
        if (width < 0 || height < 0 || (width == 0) != (height == 0)) {
            throw new IllegalArgumentException("output size must be both positive or both 0, got " + width + "x" + height);
        }
        // Most files have no rotation: open at the wanted size, and reopen with the sides swapped only when the
        // file asks for a quarter turn.
        FFmpegFrameGrabber grabber = Ffmpeg.start(file, width, height, threads);
        int rotation = VideoProbe.normaliseRotation(grabber.getDisplayRotation());
        boolean quarterTurn = rotation % 180 != 0;
        int outWidth = width;
        int outHeight = height;
        if (width == 0) {
            outWidth = quarterTurn ? grabber.getImageHeight() : grabber.getImageWidth();
            outHeight = quarterTurn ? grabber.getImageWidth() : grabber.getImageHeight();
        } else if (quarterTurn) {
            Ffmpeg.closeQuietly(grabber);
            grabber = Ffmpeg.start(file, height, width, threads);
        }
        return new FrameReader(file, grabber, rotation, outWidth, outHeight);
    }

    public Path file() {
        return file;
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    /** Frame count the container declares, or an estimate from duration × rate; 0 or less when unknown. */
    public long frameCountHint() {
        return (long) Ffmpeg.declaredLength(grabber)[1];
    }

    /** Frames per second the container declares, NaN when it does not say. */
    @Override
    public double frameRate() {
        return Ffmpeg.frameRate(grabber);
    }

    /** Index of the frame the next {@link #skip()} or {@link #read} returns. */
    @Override
    public long position() {
        return position;
    }

    /** Decodes the next frame without converting it; false at the end of the stream. */
    @Override
    public boolean skip() throws VideoException {
        Frame frame = grab(false);
        if (frame == null) {
            return false;
        }
        position++;
        return true;
    }

    /**
     * Decodes the next frame and writes it as packed RGB (H·W·3 bytes) into {@code target} at {@code offset}.
     *
     * @return false at the end of the stream, with nothing written
     */
    @Override
    public boolean read(byte[] target, int offset) throws VideoException {
        Frame frame = grab(true);
        if (frame == null) {
            return false;
        }
        if (rotation == 0) {
            copyPacked(frame, target, offset);
        } else {
            copyPacked(frame, unrotated, 0);
            Rotation.rotate(unrotated, target, offset, rotation, width, height);
        }
        position++;
        return true;
    }

    /**
     * Moves so that the next {@link #read} or {@link #skip()} returns frame {@code index}. A frame a little ahead is
     * reached by skipping; anything else by FFmpeg's seek to the key frame before it, then decoding forward without
     * converting, so a player can step back or jump along a long video.
     */
    public void seek(long index) throws VideoException {
        if (index < 0) {
            throw new IllegalArgumentException("frame index must be 0 or more, got " + index);
        }
        if (index >= position && index - position <= SKIP_AHEAD) {
            while (position < index && skip()) {
                // skip() advances position
            }
            return;
        }
        try {
            grabber.setVideoFrameNumber(Math.toIntExact(index));
        } catch (FFmpegFrameGrabber.Exception | RuntimeException e) {
            throw new VideoException(file, "cannot seek to frame " + index + " (" + Ffmpeg.plainReason(e) + ")", e);
        }
        position = index;
    }

    private Frame grab(boolean convert) throws VideoException {
        try {
            while (true) {
                Frame frame = grabber.grabFrame(false, true, convert, false, false);
                if (frame == null) {
                    return null;
                }
                if (frame.type == Frame.Type.VIDEO) {
                    return frame;
                }
            }
        } catch (FFmpegFrameGrabber.Exception | RuntimeException e) {
            throw new VideoException(file, "decoding failed at frame " + position + " (" + Ffmpeg.plainReason(e) + ")", e);
        }
    }

    /** FFmpeg pads rows to an aligned stride; copy row by row into a packed buffer. */
    private static void copyPacked(Frame frame, byte[] target, int offset) {
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        int rowBytes = frame.imageWidth * 3;
        int stride = frame.imageStride;
        for (int y = 0; y < frame.imageHeight; y++) {
            buffer.get(y * stride, target, offset + y * rowBytes, rowBytes);
        }
    }

    @Override
    public void close() {
        Ffmpeg.closeQuietly(grabber);
    }
}
