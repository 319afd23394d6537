package dev.vigil.video;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

/**
 * For every video extension Vigil lists, a real file of a codec that cameras, recorders and archives typically put
 * in that container, written by JavaCV's FFmpeg: what users' files are, not only what Vigil's own samples are.
 */
public final class ListedContainers {

    /** One extension with its muxer, a typical codec, and the picture the codec insists on. */
    public record Kind(String extension, String muxer, int codec, int pixelFormat, int width, int height, double fps,
                       String what) {
        @Override
        public String toString() {
            return "." + extension + " (" + what + ")";
        }
    }

    private static final int YUV420 = avutil.AV_PIX_FMT_YUV420P;

    /** Extensions in the order of {@code VideoFiles.EXTENSIONS}' help text. */
    public static final List<Kind> KINDS = List.of(
            new Kind("3g2", "3g2", avcodec.AV_CODEC_ID_H263, YUV420, 176, 144, 25, "H.263, phone video"),
            new Kind("3gp", "3gp", avcodec.AV_CODEC_ID_MPEG4, YUV420, 176, 144, 25, "MPEG-4 Part 2, phone video"),
            new Kind("asf", "asf", avcodec.AV_CODEC_ID_MSMPEG4V3, YUV420, 320, 240, 25, "MS MPEG-4 v3"),
            new Kind("avi", "avi", avcodec.AV_CODEC_ID_MPEG4, YUV420, 320, 240, 25, "MPEG-4 Part 2 (DivX/Xvid)"),
            new Kind("dv", "dv", avcodec.AV_CODEC_ID_DVVIDEO, YUV420, 720, 576, 25, "PAL DV"),
            new Kind("f4v", "f4v", avcodec.AV_CODEC_ID_H264, YUV420, 320, 240, 25, "H.264"),
            new Kind("flv", "flv", avcodec.AV_CODEC_ID_FLV1, YUV420, 320, 240, 25, "Sorenson Spark"),
            new Kind("m2ts", "mpegts", avcodec.AV_CODEC_ID_H264, YUV420, 320, 240, 25, "H.264 in MPEG-TS, AVCHD"),
            new Kind("m2v", "mpeg2video", avcodec.AV_CODEC_ID_MPEG2VIDEO, YUV420, 320, 240, 25, "MPEG-2 elementary"),
            new Kind("m4v", "m4v", avcodec.AV_CODEC_ID_MPEG4, YUV420, 320, 240, 25, "MPEG-4 Part 2 elementary"),
            new Kind("mkv", "matroska", avcodec.AV_CODEC_ID_H264, YUV420, 320, 240, 25, "H.264"),
            new Kind("mov", "mov", avcodec.AV_CODEC_ID_MPEG4, YUV420, 320, 240, 25, "MPEG-4 Part 2"),
            new Kind("mp4", "mp4", avcodec.AV_CODEC_ID_MPEG4, YUV420, 320, 240, 25, "MPEG-4 Part 2"),
            new Kind("mpeg", "mpeg", avcodec.AV_CODEC_ID_MPEG1VIDEO, YUV420, 320, 240, 25, "MPEG-1 program stream"),
            new Kind("mpg", "mpeg", avcodec.AV_CODEC_ID_MPEG2VIDEO, YUV420, 320, 240, 25, "MPEG-2 program stream"),
            new Kind("mts", "mpegts", avcodec.AV_CODEC_ID_H264, YUV420, 320, 240, 25, "H.264 in MPEG-TS, AVCHD"),
            new Kind("mxf", "mxf", avcodec.AV_CODEC_ID_MPEG2VIDEO, avutil.AV_PIX_FMT_YUV422P, 720, 576, 25,
                    "MPEG-2 4:2:2, broadcast"),
            new Kind("ogv", "ogg", avcodec.AV_CODEC_ID_VP8, YUV420, 320, 240, 25, "VP8 in Ogg"),
            new Kind("ts", "mpegts", avcodec.AV_CODEC_ID_H264, YUV420, 320, 240, 25, "H.264 in MPEG-TS"),
            new Kind("vob", "vob", avcodec.AV_CODEC_ID_MPEG2VIDEO, YUV420, 720, 576, 25, "DVD MPEG-2"),
            new Kind("webm", "webm", avcodec.AV_CODEC_ID_VP8, YUV420, 320, 240, 25, "VP8"),
            new Kind("wmv", "asf", avcodec.AV_CODEC_ID_WMV2, YUV420, 320, 240, 25, "Windows Media Video 8"),
            new Kind("y4m", "yuv4mpegpipe", avcodec.AV_CODEC_ID_RAWVIDEO, YUV420, 320, 240, 25, "raw YUV"));

    private ListedContainers() {
    }

    /** Writes {@code frames} frames of a moving square as {@code kind} into {@code dir}. */
    public static Path write(Path dir, Kind kind, int frames) throws IOException {
        Path file = dir.resolve("clip." + kind.extension());
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), kind.width(), kind.height(), 0)) {
            recorder.setFormat(kind.muxer());
            recorder.setVideoCodec(kind.codec());
            recorder.setPixelFormat(kind.pixelFormat());
            recorder.setFrameRate(kind.fps());
            recorder.setGopSize(12);
            if (kind.codec() != avcodec.AV_CODEC_ID_RAWVIDEO && kind.codec() != avcodec.AV_CODEC_ID_DVVIDEO) {
                recorder.setVideoBitrate(kind.width() * kind.height() * 8);
            }
            recorder.start();
            Frame frame = new Frame(kind.width(), kind.height(), Frame.DEPTH_UBYTE, 3);
            byte[] rgb = new byte[kind.width() * kind.height() * 3];
            TestVideos.Painter painter = VideoDecoderTest.movingSquare();
            for (int t = 0; t < frames; t++) {
                java.util.Arrays.fill(rgb, (byte) 0);
                painter.paint(t, rgb, kind.width(), kind.height());
                ByteBuffer buffer = (ByteBuffer) frame.image[0];
                for (int y = 0; y < kind.height(); y++) {
                    buffer.put(y * frame.imageStride, rgb, y * kind.width() * 3, kind.width() * 3);
                }
                recorder.record(frame, avutil.AV_PIX_FMT_RGB24);
            }
            recorder.stop();
        }
        return file;
    }
}
