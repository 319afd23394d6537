package dev.vigil.video;

import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;

import java.nio.file.Files;
import java.nio.file.Path;

/** Opens FFmpeg grabbers the same way everywhere, and keeps FFmpeg's own console chatter quiet. */
final class Ffmpeg {

    /** FFmpeg's AVERROR_INVALIDDATA: the bytes are no format it knows. */
    private static final int AVERROR_INVALIDDATA = -1094995529;

    static {
        // FFmpeg warns on stderr about every odd packet; Vigil reports problems itself, file by file.
        avutil.av_log_set_level(avutil.AV_LOG_FATAL);
    }

    private Ffmpeg() {
    }

    /** Checks the file before FFmpeg sees it, so that common problems get a plain reason. */
    static void checkReadable(Path file) throws VideoException {
        if (!Files.exists(file)) {
            throw new VideoException(file, "file not found");
        }
        if (Files.isDirectory(file)) {
            throw new VideoException(file, "is a folder, not a video file");
        }
        if (!Files.isReadable(file)) {
            throw new VideoException(file, "file is not readable (permissions)");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (java.io.IOException e) {
            throw new VideoException(file, "cannot read file size: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new VideoException(file, "empty file (0 bytes)");
        }
    }

    /**
     * A started grabber that decodes video only.
     *
     * <p>The file is first opened from its header alone, which is quick and enough for containers that describe
     * their streams (MP4 with H.264, Matroska, AVI). Containers without such a header (MPEG-TS and MPEG program
     * streams, FLV, DV, elementary streams) and codecs whose picture size sits in the bitstream (MPEG-4 Part 2 in
     * MP4) only tell the stream or its size after FFmpeg has read some packets: those files are opened again with
     * FFmpeg's stream-info probe.
     *
     * @param width  output width FFmpeg scales to, or 0 for the coded width
     * @param height output height FFmpeg scales to, or 0 for the coded height
     */
    static FFmpegFrameGrabber start(Path file, int width, int height, int threads) throws VideoException {
        checkReadable(file);
        FFmpegFrameGrabber grabber = open(file, width, height, threads);
        try {
            grabber.start(false);
            if (grabber.hasVideo() && grabber.getImageWidth() > 0 && grabber.getImageHeight() > 0) {
                return grabber;
            }
        } catch (FFmpegFrameGrabber.Exception | RuntimeException e) {
            // retried below with the stream-info probe, whose failure is the one reported
        }
        closeQuietly(grabber);
        grabber = open(file, width, height, threads);
        try {
            grabber.start(true);
        } catch (FFmpegFrameGrabber.Exception | RuntimeException e) {
            closeQuietly(grabber);
            throw new VideoException(file, openFailure(e), e);
        }
        if (!grabber.hasVideo()) {
            boolean audio = grabber.hasAudio();
            closeQuietly(grabber);
            throw new VideoException(file, audio ? "no video stream (audio only)" : "no video stream");
        }
        return grabber;
    }

    private static FFmpegFrameGrabber open(Path file, int width, int height, int threads) {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
        grabber.setImageWidth(width);
        grabber.setImageHeight(height);
        grabber.setVideoOption("threads", Integer.toString(threads));
        return grabber;
    }

    /**
     * Duration (seconds) and frame count of the video as the file declares them, 0 where unknown. Vigil opens files
     * without FFmpeg's stream-info probe (which decodes frames), and then FFmpeg leaves the file-level duration
     * unset for some containers, e.g. MP4 written by the ffmpeg tool; the video stream's own header still has its
     * frame count and duration. Without this a probe would count frames by decoding the whole clip.
     */
    static double[] declaredLength(FFmpegFrameGrabber grabber) {
        double seconds = grabber.getLengthInTime() / 1e6;
        long frames = 0;
        AVStream stream = videoStream(grabber);
        if (stream != null) {
            AVRational base = stream.time_base();
            if (seconds <= 0 && stream.duration() != avutil.AV_NOPTS_VALUE && stream.duration() > 0 && base.den() > 0) {
                seconds = stream.duration() * avutil.av_q2d(base);
            }
            frames = stream.nb_frames();
        }
        double rate = frameRate(grabber);
        if (frames <= 0 && seconds > 0 && rate > 0) {
            frames = Math.round(seconds * rate);
        }
        return new double[] {Math.max(0, seconds), Math.max(0, frames)};
    }

    /**
     * Frames per second of the video stream, or NaN when the file does not say. The average rate is FFmpeg's best
     * figure, but some demuxers fill it with a clock rate (DV reports 60000/s); then the stream's base rate is taken,
     * and last the time base, which Ogg and MXF set to one frame.
     */
    static double frameRate(FFmpegFrameGrabber grabber) {
        AVStream stream = videoStream(grabber);
        double average = grabber.getVideoFrameRate();
        if (plausibleRate(average) || stream == null) {
            return plausibleRate(average) ? average : Double.NaN;
        }
        if (stream.r_frame_rate().den() > 0 && plausibleRate(avutil.av_q2d(stream.r_frame_rate()))) {
            return avutil.av_q2d(stream.r_frame_rate());
        }
        AVRational base = stream.time_base();
        if (base.num() > 0 && base.den() > 0 && base.den() <= 240 * base.num()) {
            return (double) base.den() / base.num();
        }
        return Double.NaN;
    }

    private static boolean plausibleRate(double rate) {
        return rate > 0 && rate <= 1000;
    }

    private static AVStream videoStream(FFmpegFrameGrabber grabber) {
        AVFormatContext format = grabber.getFormatContext();
        int index = grabber.getVideoStream();
        return format == null || index < 0 || index >= format.nb_streams() ? null : format.streams(index);
    }

    static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (Exception ignored) {
            // closing a grabber that failed to start can throw; there is nothing left to release
        }
    }

    /** Says in plain words why FFmpeg could not open a file; its own message names the file and JavaCV's hints. */
    static String openFailure(Throwable e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("error " + AVERROR_INVALIDDATA)) {
            return "not a readable video (no format FFmpeg knows: not a video file, or its header is corrupt)";
        }
        if (message.contains("Did not find a video or audio stream")) {
            return "not a readable video (no video or audio stream found: truncated or corrupt file)";
        }
        return "not a readable video (" + withoutHints(plainReason(e)) + ")";
    }

    /** JavaCV appends hints for developers ("Has setFormat() been called?"); a user needs none of them. */
    static String withoutHints(String reason) {
        String plain = reason;
        for (String hint : new String[] {" (Has setFormat", " (For more details"}) {
            int at = plain.indexOf(hint);
            plain = at < 0 ? plain : plain.substring(0, at);
        }
        return plain;
    }

    /** FFmpeg's messages carry return codes and internal names; keep the first line. */
    static String plainReason(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
