package dev.vigil.cli;

import dev.vigil.timeline.BusyScene;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code watch --follow} reads a recording while it is being written, and ends once it stops growing. */
class WatchFollowTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aGrowingRecordingIsScoredAsItGrows() throws Exception {
        Path bundle = SceneBundle.make(dir);
        Path scene = BusyScene.write(dir.resolve("scene.mp4"), 80, 21, -1, -1);
        Path growing = dir.resolve("growing.ts");
        Path out = dir.resolve("watch");
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(scene.toFile())) {
            grabber.start();
            FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(growing.toFile(), BusyScene.WIDTH,
                    BusyScene.HEIGHT, 0);
            recorder.setFormat("mpegts");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(BusyScene.FPS);
            recorder.setVideoBitrate(500_000);
            recorder.setGopSize(5);
            recorder.start();
            CompletableFuture<CommandRun> watch = null;
            for (int t = 0; t < 80; t++) {
                Frame frame = grabber.grabImage();
                recorder.record(frame);
                if (t == 20) {
                    // the watch starts on a recording of 2 s that goes on growing at its own frame rate
                    watch = CompletableFuture.supplyAsync(() -> CommandRun.of("watch", growing.toString(),
                            "--follow", "--read-timeout", "5s", "--bundle", bundle.toString(), "--out",
                            out.toString()));
                }
                if (t >= 20) {
                    Thread.sleep(100);
                }
            }
            recorder.stop();
            recorder.release();
            CommandRun run = watch.get(60, TimeUnit.SECONDS);
            assertEquals(0, run.code(), run.all());
            assertTrue(run.err().contains("; 80 frames, 0 skipped"), run.all());
            assertEquals(80, WatchFolderRows.frameScores(out).size(), "every frame of the recording scored");
        }
    }
}
