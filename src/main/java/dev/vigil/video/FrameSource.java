package dev.vigil.video;

/**
 * Decoded frames in order, at one fixed size, as packed RGB: a file today, a live stream as well. Whoever scores
 * windows of frames reads them from here and never needs to know where they come from.
 *
 * <p>A frame is either skipped (decoded, never converted) or read (converted into the caller's buffer), so that
 * frames no window looks at cost only their decoding.
 */
public interface FrameSource extends AutoCloseable {

    /** What the frames come from, for messages: a file path or a stream address. */
    String name();

    /** Width of every frame read, in pixels. */
    int width();

    /** Height of every frame read, in pixels. */
    int height();

    /** Frames per second the source declares, NaN when it does not say. */
    double frameRate();

    /** Index of the frame the next {@link #skip()} or {@link #read} returns; a source opened at a seek point starts past 0. */
    long position();

    /** Decodes the next frame without converting it; false at the end of the source. */
    boolean skip() throws VideoException;

    /**
     * Decodes the next frame and writes it as packed RGB (H·W·3 bytes) into {@code target} at {@code offset}.
     *
     * @return false at the end of the source, with nothing written
     */
    boolean read(byte[] target, int offset) throws VideoException;

    @Override
    void close();
}
