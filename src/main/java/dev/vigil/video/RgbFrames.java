package dev.vigil.video;

/**
 * Decoded frames as packed 8-bit RGB, laid out T, H, W, C (C = 3), the way FFmpeg hands them over.
 *
 * @param frames number of frames T
 * @param height frame height H
 * @param width  frame width W
 * @param data   T·H·W·3 bytes
 * @param note   what a reader of the result should know about how the frames were had (a stream that ended
 *               early), or null
 */
public record RgbFrames(int frames, int height, int width, byte[] data, String note) {

    public RgbFrames(int frames, int height, int width, byte[] data) {
        this(frames, height, width, data, null);
    }

    public RgbFrames {
        long expected = (long) frames * height * width * 3;
        if (data.length != expected) {
            throw new IllegalArgumentException("expected " + expected + " bytes for " + frames + "x" + height + "x"
                    + width + "x3, got " + data.length);
        }
    }

    public static RgbFrames allocate(int frames, int height, int width) {
        return new RgbFrames(frames, height, width, new byte[frames * height * width * 3]);
    }

    public int frameBytes() {
        return height * width * 3;
    }

    /** Value 0–255 of one channel of one pixel. */
    public int value(int frame, int y, int x, int channel) {
        return data[((frame * height + y) * width + x) * 3 + channel] & 0xff;
    }
}
