package dev.vigil.samples;

/**
 * What the sample generator makes. {@link #defaults()} reproduces the dataset committed under {@code samples/}.
 *
 * @param seed          master seed; every clip's seed derives from it, the class and the clip number
 * @param clipsPerClass clips of each of the ten activities
 * @param seconds       length of each clip
 * @param fps           frame rate
 * @param width         frame width in pixels (even)
 * @param height        frame height in pixels (even)
 * @param bitrate       H.264 target bits per second
 */
public record SampleSettings(long seed, int clipsPerClass, double seconds, double fps, int width, int height,
                             int bitrate) {

    public static final long DEFAULT_SEED = 2024;
    public static final int DEFAULT_CLIPS = 12;
    public static final double DEFAULT_SECONDS = 3;
    public static final double DEFAULT_FPS = 25;
    public static final int DEFAULT_WIDTH = 320;
    public static final int DEFAULT_HEIGHT = 240;
    /** Bits per second at 320×240, 25 fps: 120 clips of 3 s stay under 10 MB with room to spare. */
    public static final int DEFAULT_BITRATE = 180_000;

    public SampleSettings {
        if (clipsPerClass < 1) {
            throw new IllegalArgumentException("clips per class must be at least 1, got " + clipsPerClass);
        }
        if (!(seconds > 0) || !(fps > 0)) {
            throw new IllegalArgumentException("seconds and fps must be positive, got " + seconds + " and " + fps);
        }
        if (width % 2 != 0 || height % 2 != 0 || width < 64 || height < 48) {
            throw new IllegalArgumentException("frame size must be even and at least 64x48, got " + width + "x" + height);
        }
        if (bitrate < 10_000) {
            throw new IllegalArgumentException("bitrate must be at least 10000 bits/s, got " + bitrate);
        }
    }

    public static SampleSettings defaults() {
        return new SampleSettings(DEFAULT_SEED, DEFAULT_CLIPS, DEFAULT_SECONDS, DEFAULT_FPS, DEFAULT_WIDTH,
                DEFAULT_HEIGHT, DEFAULT_BITRATE);
    }

    /**
     * The default bitrate scaled to another frame size and rate, so that quality per pixel stays the same; tiny
     * videos get at least 40 kbit/s, below which H.264 turns a small figure to mush.
     */
    public static int bitrateFor(int width, int height, double fps) {
        double pixelsPerSecond = (double) width * height * fps;
        double scaled = DEFAULT_BITRATE * pixelsPerSecond / (DEFAULT_WIDTH * DEFAULT_HEIGHT * DEFAULT_FPS);
        return (int) Math.round(Math.max(40_000, scaled));
    }

    /** Frames in each clip. */
    public int frames() {
        return (int) Math.round(seconds * fps);
    }
}
