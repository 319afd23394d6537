package dev.vigil.samples;

import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.CancelledException;
import dev.vigil.progress.ProgressListener;
import dev.vigil.video.RgbFrames;
import dev.vigil.video.VideoDecoder;
import dev.vigil.video.VideoProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Long recordings made of segments: the activity changes at the requested frame, and the figure stays in view. */
class SequenceTest {

    private static final int W = 320;
    private static final int H = 240;
    private static final double FPS = 25;
    private static final double GROUND = 200;
    private static final double SCALE = 100;
    /** A plain, clean scene: high-contrast clothes, no noise or shake, so differences from the ground are the figure. */
    private static final SceneLook LOOK = new SceneLook(11, new FigureStyle(0xE0AC86, 0x1E1914, 0xD02020, 0x202060,
            0xF0F0F0, false, false), CameraStyle.clean());

    @TempDir
    Path dir;

    @Test
    void theActivityChangesAtTheRequestedFrame() throws Exception {
        SceneRenderer scene = new SceneRenderer(LOOK, W, H, FPS);
        Path file = dir.resolve("punch-then-walk.mp4");
        List<SegmentSpan> spans = SequenceWriter.write(file, scene, new Placement(90, GROUND, SCALE, 1),
                List.of(new Segment(Activity.PUNCH, 30), new Segment(Activity.WALK, 30)),
                SampleSettings.bitrateFor(W, H, FPS), ProgressListener.NONE, CancellationToken.none());
        assertEquals(List.of(new SegmentSpan(Activity.PUNCH, 0, 30), new SegmentSpan(Activity.WALK, 30, 60)), spans);
        assertTrue(spans.get(0).anomalous());
        assertEquals(60, VideoProbe.probe(file).frameCount());

        // The legs, found as what differs from the empty ground, stand still while punching and travel once walking.
        byte[] ground = new byte[W * H * 3];
        scene.paint(0, Activity.WALK.pose(0, Performance.typical()), new Placement(-10_000, GROUND, SCALE, 1), ground);
        RgbFrames frames = VideoDecoder.decodeAll(file, 0, 0);
        double[] legs = new double[frames.frames()];
        for (int f = 0; f < legs.length; f++) {
            legs[f] = legCentreX(frames, f, ground);
        }
        assertTrue(range(legs, 1, 30) < 3, "legs move while punching: " + range(legs, 1, 30));
        assertTrue(legs[59] - legs[31] > 30, "legs do not travel while walking: " + (legs[59] - legs[31]));
        double before = Math.abs(legs[29] - legs[24]);
        double after = Math.abs(legs[35] - legs[30]);
        assertTrue(before < 1.5 && after > 4, "switch is not at frame 30: moved " + before + " px in the 5 frames "
                + "before, " + after + " px in the 5 after");
    }

    @Test
    void aLongWalkTurnsAtTheEdgesAndStaysInView() {
        SceneRenderer scene = new SceneRenderer(LOOK, 160, 120, 10);
        SequenceRenderer sequence = new SequenceRenderer(scene, new Placement(80, 100, 40, 1),
                List.of(new Segment(Activity.WALK, 300), new Segment(Activity.RUN, 100)), 4);
        byte[] rgb = new byte[160 * 120 * 3];
        int turns = 0;
        int facing = 1;
        while (sequence.hasNext()) {
            sequence.paintNext(rgb);
            Placement at = sequence.placement();
            assertTrue(at.x() > 0 && at.x() < 160, "frame " + sequence.position() + ": hip at x = " + at.x());
            turns += at.facing() != facing ? 1 : 0;
            facing = at.facing();
        }
        assertEquals(400, sequence.frames());
        assertTrue(turns >= 4, "turned " + turns + " times in 40 s of walking and running on a 4-figure-wide view");
    }

    @Test
    void aCancelledRecordingLeavesNoFile() {
        SceneRenderer scene = new SceneRenderer(LOOK, 64, 48, 10);
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        Path file = dir.resolve("cancelled.mp4");
        assertThrows(CancelledException.class, () -> SequenceWriter.write(file, scene, new Placement(30, 40, 20, 1),
                List.of(new Segment(Activity.WALK, 20)), 50_000, ProgressListener.NONE, cancel));
        assertFalse(Files.exists(file));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "a partial file was left behind");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Mean x of the pixels in the lower third of the figure's height that differ clearly from the empty ground. */
    private static double legCentreX(RgbFrames frames, int f, byte[] ground) {
        double sum = 0;
        int count = 0;
        for (int y = (int) (GROUND - 0.3 * SCALE); y < GROUND; y++) {
            for (int x = 0; x < W; x++) {
                int diff = 0;
                for (int c = 0; c < 3; c++) {
                    diff += Math.abs(frames.value(f, y, x, c) - (ground[(y * W + x) * 3 + c] & 0xff));
                }
                if (diff > 90) {
                    sum += x;
                    count++;
                }
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private static double range(double[] values, int from, int to) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        return max - min;
    }
}
