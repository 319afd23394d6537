package dev.vigil.cli;

import dev.vigil.live.RtspRelay;
import dev.vigil.live.StreamSenderAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.vigil.cli.CyclistScene.EVENT_FIRST;
import static dev.vigil.cli.CyclistScene.EVENT_LAST;
import static dev.vigil.cli.CyclistScene.FRAMES;
import static dev.vigil.cli.CyclistScene.KEY_FRAMES;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code vigil watch} of an RTSP stream, as IP cameras serve: the generated scene in which a small object races
 * along the walkway (frames 50–89) is pushed in real time to a local RTSP relay, and the watch pulls it from there;
 * the sender stops and pushes again.
 */
class WatchRtspTest {

    /**
     * FFmpeg hands over the frames that came while it probed the stream (about 2 s of them) at once; a queue that
     * holds them all skips none, and so shifts no window off the file's frames.
     */
    private static final String QUEUE = "5s";

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void anRtspCameraThatStopsAndComesBackIsReconnectedAndBothEventsAreAlerted(@TempDir Path dir) throws Exception {
        assumeTrue(RtspRelay.installed(), "the RTSP test needs the relay " + RtspRelay.PROGRAM
                + " of the Debian package rtsp-server-perl");
        CyclistScene scene = CyclistScene.make(dir);
        String bundle = scene.bundle().toString();
        Path out = dir.resolve("watch-rtsp");
        try (RtspRelay relay = RtspRelay.start(dir.resolve("relay.log"))) {
            // until the sender has announced the stream the relay answers 404, and the watch tries again
            CompletableFuture<CommandRun> watch = CompletableFuture.supplyAsync(() -> CommandRun.of("watch",
                    relay.viewerUrl("/cyclist"), "--bundle", bundle, "--out", out.toString(), "--pre", "2s", "--post",
                    "1s", "--queue", QUEUE, "--duration", "35s", "--connect-timeout", "20s", "--read-timeout",
                    "1s"));
            String source = relay.sourceUrl("/cyclist");
            long[] first = StreamSenderAccess.rtsp(scene.video(), source, KEY_FRAMES, 0, FRAMES, 1);
            // the sender's TEARDOWN ends the stream at the relay: the watch loses it, and finds it again once the
            // sender announces it anew
            Thread.sleep(3000);
            long[] second = StreamSenderAccess.rtsp(scene.video(), source, KEY_FRAMES, 0, FRAMES, 1);
            CommandRun run = watch.get(90, TimeUnit.SECONDS);
            StreamWatchChecks.assertReconnectedAndEachAlerted(run, out, List.of(first, second), EVENT_FIRST,
                    EVENT_LAST);
        }
    }
}
