package dev.vigil.video;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Decodes the few frames of a clip that a backbone looks at, in one streaming pass. */
public final class VideoDecoder {

    private VideoDecoder() {
    }

    /** {@code n} frames uniformly sampled over the whole clip, scaled by FFmpeg to {@code width × height}. */
    public static RgbFrames decodeUniform(Path file, int n, int width, int height) throws VideoException {
        return decodeUniform(file, n, width, height, 0, Double.POSITIVE_INFINITY);
    }

    /**
     * {@code n} frames uniformly sampled over the frames whose start time lies in [startSeconds, endSeconds),
     * scaled by FFmpeg to {@code width × height}. Only the sampled frames are converted to RGB.
     */
    public static RgbFrames decodeUniform(Path file, int n, int width, int height,
                                          double startSeconds, double endSeconds) throws VideoException {
        checkRange(startSeconds, endSeconds);
        try (FrameReader reader = FrameReader.open(file, width, height)) {
            long[] range = frameRange(reader, startSeconds, endSeconds);
            return decodeIndices(reader, FrameSampling.uniform(range[0], range[1], n));
        }
    }

    /**
     * {@code pairs} pairs of consecutive frames (k, k+1) whose first frames are uniformly sampled over the frames
     * in [startSeconds, endSeconds): frame 2i and 2i+1 of the result are one frame interval apart, for motion
     * estimation. A range of a single frame gives pairs of that frame twice.
     */
    public static RgbFrames decodeUniformPairs(Path file, int pairs, int width, int height,
                                               double startSeconds, double endSeconds) throws VideoException {
        checkRange(startSeconds, endSeconds);
        try (FrameReader reader = FrameReader.open(file, width, height)) {
            long[] range = frameRange(reader, startSeconds, endSeconds);
            return decodeIndices(reader, FrameSampling.uniformPairs(range[0], range[1], pairs));
        }
    }

    private static void checkRange(double startSeconds, double endSeconds) {
        if (!(endSeconds > startSeconds) || startSeconds < 0) {
            throw new IllegalArgumentException("time range must satisfy 0 <= start < end, got [" + startSeconds + ", "
                    + endSeconds + ")");
        }
    }

    /** First and last frame index (inclusive) of the frames whose start time lies in [start, end). */
    private static long[] frameRange(FrameReader reader, double startSeconds, double endSeconds)
            throws VideoException {
        Path file = reader.file();
        long total = reader.frameCountHint();
        if (total <= 0) {
            total = VideoProbe.probe(file).frameCount();
        }
        if (total < FrameSampling.MIN_FRAMES) {
            throw new VideoException(file, FrameSampling.tooShort(total));
        }
        double rate = reader.frameRate() > 0 ? reader.frameRate() : 25;
        long first = (long) Math.ceil(startSeconds * rate - 1e-9);
        long last = Double.isInfinite(endSeconds) ? total - 1
                : Math.min(total - 1, (long) Math.ceil(endSeconds * rate - 1e-9) - 1);
        if (first > last) {
            throw new VideoException(file, String.format("no frames in [%.3f s, %.3f s) of a %d-frame video",
                    startSeconds, endSeconds, total));
        }
        return new long[] {first, last};
    }

    /**
     * Decodes the frames at the given ascending indices (repeats allowed) from an open reader positioned before
     * the first of them. When the stream ends early (a frame count that overstated the truth, a truncated tail,
     * damaged frames the decoder dropped), the remaining slots repeat the last frame decoded, as uniform sampling of
     * the shorter clip would; when more than a frame or two are missing ({@link #shortStreamNote}), the result
     * carries a note that says so, which every command reports beside the clip's result.
     */
    public static RgbFrames decodeIndices(FrameReader reader, long[] indices) throws VideoException {
        int frameBytes = reader.width() * reader.height() * 3;
        byte[] data = new byte[indices.length * frameBytes];
        int filled = 0;
        while (filled < indices.length) {
            long wanted = indices[filled];
            if (wanted < reader.position()) {
                // repeated index: the same frame again
                System.arraycopy(data, (filled - 1) * frameBytes, data, filled * frameBytes, frameBytes);
                filled++;
                continue;
            }
            boolean more = true;
            while (more && reader.position() < wanted) {
                more = reader.skip();
            }
            if (!more || !reader.read(data, filled * frameBytes)) {
                break;
            }
            filled++;
        }
        if (filled == 0) {
            throw new VideoException(reader.file(), "no decodable video frame at index " + indices[0]
                    + " (truncated or corrupt)");
        }
        if (filled == 1 && indices[indices.length - 1] > indices[0]) {
            // a container that overstates its length: one still frame repeated would pass for a clip without motion
            throw new VideoException(reader.file(), FrameSampling.tooShort(1) + "; the file declares more");
        }
        for (int i = filled; i < indices.length; i++) {
            System.arraycopy(data, (filled - 1) * frameBytes, data, i * frameBytes, frameBytes);
        }
        String note = filled < indices.length ? shortStreamNote(reader.position(), indices[indices.length - 1] + 1)
                : null;
        return new RgbFrames(indices.length, reader.height(), reader.width(), data, note);
    }

    /**
     * What to say of a stream that ended after {@code decoded} frames although the sampling, planned from the
     * length the file declares, needed {@code needed}; null when the shortfall is the frame or two by which
     * containers often round their declared length.
     */
    static String shortStreamNote(long decoded, long needed) {
        long missing = needed - decoded;
        if (missing <= Math.max(2, needed / 20)) {
            return null;
        }
        return String.format(Locale.ROOT, "damaged or truncated: the stream ends after %d of the %d frames its length"
                + " declares; scored on the frames it has, the last standing in for the %d missing", decoded, needed,
                missing);
    }

    /** Every frame of a (short) clip, in order; for tests and the player, not for long videos. */
    public static RgbFrames decodeAll(Path file, int width, int height) throws VideoException {
        try (FrameReader reader = FrameReader.open(file, width, height)) {
            int frameBytes = reader.width() * reader.height() * 3;
            byte[] data = new byte[Math.max(1, (int) Math.max(1, reader.frameCountHint())) * frameBytes];
            int count = 0;
            while (true) {
                if ((long) (count + 1) * frameBytes > data.length) {
                    data = Arrays.copyOf(data, data.length * 2);
                }
                if (!reader.read(data, count * frameBytes)) {
                    break;
                }
                count++;
            }
            if (count == 0) {
                throw new VideoException(file, "no decodable video frame (truncated or corrupt)");
            }
            return new RgbFrames(count, reader.height(), reader.width(), Arrays.copyOf(data, count * frameBytes));
        }
    }
}
