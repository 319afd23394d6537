package dev.vigil.live;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.io.IOException;
import java.net.DatagramSocket;
import java.nio.file.Path;

/**
 * Sends a video file as a live camera would: decoded and encoded again by FFmpeg (H.264 in MPEG-TS) to a UDP
 * address on this machine, one frame every 1 / fps seconds.
 */
final class UdpStreamer {

    static {
        avutil.av_log_set_level(avutil.AV_LOG_FATAL);
    }

    private UdpStreamer() {
    }

    /** A UDP port free on 127.0.0.1 now. */
    static int freePort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static String address(int port) {
        return "udp://127.0.0.1:" + port;
    }

    /**
     * Streams frames {@code from..to-1} of {@code file} to {@code udp://127.0.0.1:port} in real time, speeded up
     * by {@code speed}.
     *
     * @return per frame of the file, when it was sent (ms since the epoch; 0 for frames not sent)
     */
    static long[] stream(Path file, int port, int from, int to, double speed) throws IOException, InterruptedException {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            double fps = grabber.getVideoFrameRate();
            long[] sent = new long[to];
            try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(address(port) + "?pkt_size=1316",
                    grabber.getImageWidth(), grabber.getImageHeight(), 0)) {
                recorder.setFormat("mpegts");
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
                recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
                recorder.setFrameRate(fps);
                recorder.setVideoBitrate(1_000_000);
                recorder.setGopSize((int) Math.round(fps));
                recorder.start();
                long start = System.nanoTime();
                int count = 0;
                for (int i = 0; i < to; i++) {
                    Frame frame = grabber.grabImage();
                    if (frame == null) {
                        break;
                    }
                    if (i < from) {
                        continue;
                    }
                    long due = start + (long) (count * 1e9 / (fps * speed));
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    recorder.record(frame);
                    sent[i] = System.currentTimeMillis();
                    count++;
                }
                recorder.stop();
            }
            return sent;
        }
    }
}
