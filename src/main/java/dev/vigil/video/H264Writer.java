package dev.vigil.video;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Records packed RGB frames to an H.264 .mp4 through FFmpeg (OpenH264: yuv420p, rate control by bitrate).
 *
 * <p>The same frames always give the same bytes: the colour conversion to YUV 4:2:0 is done here in integer
 * arithmetic (FFmpeg's scaler picks SIMD code by processor, whose rounding may differ), the encoder runs on one thread
 * (frame-parallel encoding changes the output with the thread count) and the muxer writes no creation time. The file
 * appears only when
 * {@link #finish()} succeeds: frames go to a temporary file beside the target, renamed into place at the end, so a
 * failed or cancelled recording never leaves half a video where a good one was.
 */
public final class H264Writer implements AutoCloseable {

    static {
        // FFmpeg and OpenH264 report every stream and rate-control detail on stderr, and the level is global to the
        // process: anything above fatal here would also let the decoders' errors ("moov atom not found") through,
        // which Vigil reports itself, file by file.
        avutil.av_log_set_level(avutil.AV_LOG_FATAL);
    }

    private final Path target;
    private final Path temp;
    private final int width;
    private final int height;
    private final FFmpegFrameRecorder recorder;
    private final ByteBuffer yuv;
    private boolean finished;
    private long frames;

    private H264Writer(Path target, Path temp, int width, int height, FFmpegFrameRecorder recorder) {
        this.target = target;
        this.temp = temp;
        this.width = width;
        this.height = height;
        this.recorder = recorder;
        this.yuv = ByteBuffer.allocateDirect(width * height * 3 / 2);
    }

    /**
     * Starts a recording.
     *
     * @param target  the .mp4 file to write; its folder is created if needed
     * @param width   frame width, even
     * @param height  frame height, even
     * @param fps     frames per second
     * @param bitrate target bits per second
     */
    public static H264Writer create(Path target, int width, int height, double fps, int bitrate) throws IOException {
        if (width % 2 != 0 || height % 2 != 0 || width < 16 || height < 16) {
            throw new IllegalArgumentException("H.264 in yuv420p needs an even frame size of at least 16x16, got "
                    + width + "x" + height);
        }
        if (!(fps > 0) || bitrate <= 0) {
            throw new IllegalArgumentException("fps and bitrate must be positive, got " + fps + " and " + bitrate);
        }
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".part");
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(temp.toFile(), width, height, 0);
        recorder.setFormat("mp4");
        recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(fps);
        recorder.setVideoBitrate(bitrate);
        recorder.setGopSize((int) Math.round(fps * 2));
        recorder.setVideoOption("threads", "1");
        try {
            recorder.start();
        } catch (FFmpegFrameRecorder.Exception e) {
            closeQuietly(recorder);
            Files.deleteIfExists(temp);
            throw new IOException("video " + target + ": cannot start the H.264 encoder (" + e.getMessage() + ")", e);
        }
        return new H264Writer(target, temp, width, height, recorder);
    }

    /** Appends one frame of {@code width × height × 3} bytes, row by row. */
    public void write(byte[] rgb) throws IOException {
        if (rgb.length != width * height * 3) {
            throw new IllegalArgumentException("expected " + width * height * 3 + " bytes, got " + rgb.length);
        }
        Yuv420.fromRgb(rgb, width, height, yuv);
        try {
            recorder.recordImage(width, height, Frame.DEPTH_UBYTE, 1, width, avutil.AV_PIX_FMT_YUV420P, yuv);
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new IOException("video " + target + ": encoding frame " + frames + " failed (" + e.getMessage() + ")", e);
        }
        frames++;
    }

    /** Frames written so far. */
    public long frames() {
        return frames;
    }

    /** Flushes the encoder, closes the file and moves it into place. */
    public void finish() throws IOException {
        try {
            recorder.stop();
            recorder.release();
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new IOException("video " + target + ": finishing the file failed (" + e.getMessage() + ")", e);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        finished = true;
    }

    /** Releases the encoder; without a successful {@link #finish()} the partial file is deleted. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            closeQuietly(recorder);
            Files.deleteIfExists(temp);
        }
    }

    private static void closeQuietly(FFmpegFrameRecorder recorder) {
        try {
            recorder.close();
        } catch (Exception ignored) {
            // already failing; the caller reports the first error
        }
    }
}
