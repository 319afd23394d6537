package dev.vigil.video;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/** Writes small videos with known content for tests, through JavaCV's recorder. */
public final class TestVideos {

    static {
        // the recorder reports every stream it writes on stderr; test output keeps only what Vigil says
        avutil.av_log_set_level(avutil.AV_LOG_FATAL);
    }

    private TestVideos() {
    }

    /** Paints frame {@code t} into a packed RGB buffer of {@code width × height}. */
    @FunctionalInterface
    public interface Painter {
        void paint(int t, byte[] rgb, int width, int height);
    }

    /**
     * Writes {@code frames} frames painted by {@code painter}.
     *
     * @param lossless true for FFV1 in 8-bit RGB (file must end in .mkv), so decoded values equal the painted ones;
     *                 false for H.264 (mp4, mov, mkv) or MJPEG (avi)
     */
    public static Path write(Path file, int width, int height, int frames, double fps, boolean lossless,
                             Painter painter) throws IOException {
        return write(file, width, height, frames, fps, lossless, 0, painter);
    }

    /** As above, with a display rotation in the file's metadata (counter-clockwise degrees, as FFmpeg stores it). */
    public static Path write(Path file, int width, int height, int frames, double fps, boolean lossless,
                             double displayRotation, Painter painter) throws IOException {
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0)) {
            if (displayRotation != 0) {
                recorder.setDisplayRotation(displayRotation);
            }
            recorder.setFormat(formatOf(file));
            recorder.setFrameRate(fps);
            if (lossless) {
                // FFV1 in BGR0 is exact: decoded pixels equal the painted ones.
                if (!file.toString().endsWith(".mkv")) {
                    throw new IllegalArgumentException("lossless test videos are .mkv (FFV1), got " + file);
                }
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_FFV1);
                recorder.setPixelFormat(avutil.AV_PIX_FMT_BGR0);
            } else if (file.toString().endsWith(".avi")) {
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_MJPEG);
                recorder.setPixelFormat(avutil.AV_PIX_FMT_YUVJ420P);
                recorder.setVideoQuality(2);
            } else {
                // The bundled FFmpeg encodes H.264 with OpenH264: yuv420p, rate control by bitrate.
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
                recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
                recorder.setVideoBitrate((int) Math.max(200_000, width * height * fps * 0.3));
            }
            recorder.setGopSize(12);
            recorder.start();
            Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
            byte[] rgb = new byte[width * height * 3];
            for (int t = 0; t < frames; t++) {
                java.util.Arrays.fill(rgb, (byte) 0);
                painter.paint(t, rgb, width, height);
                ByteBuffer buffer = (ByteBuffer) frame.image[0];
                for (int y = 0; y < height; y++) {
                    buffer.put(y * frame.imageStride, rgb, y * width * 3, width * 3);
                }
                recorder.record(frame, avutil.AV_PIX_FMT_RGB24);
            }
            recorder.stop();
        }
        return file;
    }

    /**
     * Writes an mp4 that holds only an AAC audio track (a sine tone), no video stream: what a phone's voice memo
     * or an extracted soundtrack looks like when it lands among the clips.
     */
    public static Path audioOnly(Path file, double seconds) throws IOException {
        int rate = 22_050;
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 1)) {
            recorder.setFormat("mp4");
            recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            recorder.setSampleRate(rate);
            recorder.setAudioBitrate(64_000);
            recorder.start();
            short[] samples = new short[(int) (rate * seconds)];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / rate));
            }
            recorder.recordSamples(rate, 1, java.nio.ShortBuffer.wrap(samples));
            recorder.stop();
        }
        return file;
    }

    /** Copies the first {@code fraction} of a file's bytes: a download or copy that stopped half way. */
    public static Path truncatedCopy(Path source, Path target, double fraction) throws IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(source);
        int keep = (int) (bytes.length * fraction);
        java.nio.file.Files.write(target, java.util.Arrays.copyOf(bytes, keep));
        return target;
    }

    /** A plain grey clip, for tests that need real videos but do not care what they show. */
    public static Painter grey() {
        return (t, rgb, width, height) -> fill(rgb, width, height, 0, 0, width, height, 128, 128, 128);
    }

    private static String formatOf(Path file) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return switch (ext) {
            case "mkv" -> "matroska";
            case "mov" -> "mov";
            case "avi" -> "avi";
            default -> "mp4";
        };
    }

    /** Fills a rectangle with one colour. */
    public static void fill(byte[] rgb, int width, int height, int x0, int y0, int w, int h, int r, int g, int b) {
        for (int y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) {
                int i = (y * width + x) * 3;
                rgb[i] = (byte) r;
                rgb[i + 1] = (byte) g;
                rgb[i + 2] = (byte) b;
            }
        }
    }

    /**
     * Frame t's index is painted into the frame itself: the top row of 8 blocks encodes t in binary (white = 1),
     * so a test can read back which frame it got even after scaling.
     */
    public static Painter frameIndexCode(int bits) {
        return (t, rgb, width, height) -> {
            fill(rgb, width, height, 0, 0, width, height, 40, 40, 40);
            int block = width / bits;
            for (int bit = 0; bit < bits; bit++) {
                int v = ((t >> bit) & 1) == 1 ? 255 : 0;
                fill(rgb, width, height, bit * block, 0, block, height, v, v, v);
            }
        };
    }

    /** Reads back the index painted by {@link #frameIndexCode(int)} from frame {@code f}. */
    public static int readFrameIndex(RgbFrames frames, int f, int bits) {
        int block = frames.width() / bits;
        int index = 0;
        for (int bit = 0; bit < bits; bit++) {
            int v = frames.value(f, frames.height() / 2, bit * block + block / 2, 1);
            if (v > 128) {
                index |= 1 << bit;
            }
        }
        return index;
    }
}
