package dev.vigil.video;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

import java.nio.file.Path;

/** Reads what a video is (duration, frames, rate, size, rotation, codec) and proves that it decodes. */
public final class VideoProbe {

    private VideoProbe() {
    }

    /**
     * Probes a file and decodes its first frame.
     *
     * @throws VideoException naming the file and the reason when it is not a decodable video
     */
    public static VideoInfo probe(Path file) throws VideoException {
        FFmpegFrameGrabber grabber = Ffmpeg.start(file, 0, 0, 1);
        try {
            int width = grabber.getImageWidth();
            int height = grabber.getImageHeight();
            if (width <= 0 || height <= 0) {
                throw new VideoException(file, "video stream has no picture size");
            }
            double rate = Ffmpeg.frameRate(grabber);
            double[] length = Ffmpeg.declaredLength(grabber);
            double duration = length[0];
            long frames = (long) length[1];
            int rotation = normaliseRotation(grabber.getDisplayRotation());
            String codec = grabber.getVideoCodecName();
            Frame first = grabFirstImage(grabber, file);
            if (first == null) {
                throw new VideoException(file, "no decodable video frame (truncated or corrupt)");
            }
            if (frames <= 0 || duration <= 0 || !(rate > 0)) {
                // Containers without an index (raw streams, some webm) do not say; count by decoding.
                long counted = 1 + countRemaining(grabber);
                frames = counted;
                if (!(rate > 0)) {
                    // ASF says how long, not how fast: the frames counted over that time; else PAL's rate
                    rate = duration > 0 ? counted / duration : 25;
                }
                duration = duration > 0 ? duration : counted / rate;
            }
            return new VideoInfo(file, duration, frames, rate, width, height, rotation, codec == null ? "?" : codec);
        } finally {
            Ffmpeg.closeQuietly(grabber);
        }
    }

    private static Frame grabFirstImage(FFmpegFrameGrabber grabber, Path file) throws VideoException {
        try {
            return grabber.grabFrame(false, true, false, false, false);
        } catch (FFmpegFrameGrabber.Exception | RuntimeException e) {
            throw new VideoException(file, "cannot decode a frame (" + Ffmpeg.plainReason(e) + ")", e);
        }
    }

    private static long countRemaining(FFmpegFrameGrabber grabber) {
        long count = 0;
        try {
            while (grabber.grabFrame(false, true, false, false, false) != null) {
                count++;
            }
        } catch (FFmpegFrameGrabber.Exception | RuntimeException e) {
            // a broken tail ends the count; the frames before it are still usable
        }
        return count;
    }

    /** FFmpeg gives the counter-clockwise angle of the display matrix; Vigil speaks of clockwise quarter turns. */
    static int normaliseRotation(double counterClockwise) {
        if (Double.isNaN(counterClockwise)) {
            return 0;
        }
        long quarter = Math.round(-counterClockwise / 90.0);
        return (int) Math.floorMod(quarter * 90, 360);
    }
}
