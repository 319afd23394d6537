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
 * Sends a video file as a live camera would: decoded and encoded again by FFmpeg as H.264, one frame every 1 / fps
 * seconds, to an address on this machine: in MPEG-TS over UDP, or in RTP pushed to an RTSP server.
 */
final class StreamSender {

    static {
        avutil.av_log_set_level(avutil.AV_LOG_FATAL);
    }

    private StreamSender() {
    }

    /** A UDP port free on 127.0.0.1 now. */
    static int freePort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Streams to {@code udp://127.0.0.1:port} in MPEG-TS, as {@link #send} does. */
    static long[] udp(Path file, int port, int keyFrames, int from, int to, double speed) throws IOException,
            InterruptedException {
        return send(file, "udp://127.0.0.1:" + port + "?pkt_size=1316", "mpegts", keyFrames, from, to, speed);
    }

    /**
     * Pushes to an RTSP server (ANNOUNCE, RECORD) at {@code url}, as {@link #send} does, with a key frame every
     * {@code keyFrames} frames, and tears the stream down at the end. A viewer of the relay joins while frames
     * flow, and its first frame is the first key frame it receives.
     */
    static long[] rtsp(Path file, String url, int keyFrames, int from, int to, double speed) throws IOException,
            InterruptedException {
        return send(file, url, "rtsp", keyFrames, from, to, speed);
    }

    /**
     * Streams frames {@code from..to-1} of {@code file} to {@code url} in real time, speeded up by {@code speed}.
     *
     * @param keyFrames frames from one key frame to the next; 0 for one a second
     * @return per frame of the file, when it was sent (ms since the epoch; 0 for frames not sent)
     */
    private static long[] send(Path file, String url, String format, int keyFrames, int from, int to,
                               double speed) throws IOException, InterruptedException {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            double fps = grabber.getVideoFrameRate();
            long[] sent = new long[to];
            try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(url, grabber.getImageWidth(),
                    grabber.getImageHeight(), 0)) {
                recorder.setFormat(format);
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
                recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
                recorder.setFrameRate(fps);
                recorder.setVideoBitrate(1_000_000);
                recorder.setGopSize(keyFrames > 0 ? keyFrames : (int) Math.round(fps));
                if (format.equals("rtsp")) {
                    // rtsp-server-perl relays RTP over UDP only; it cannot read RTP interleaved in the RTSP connection
                    recorder.setOption("rtsp_transport", "udp");
                }
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
