package dev.vigil.timeline;

import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.samples.Activity;
import dev.vigil.samples.Placement;
import dev.vigil.samples.SampleSettings;
import dev.vigil.samples.SceneLook;
import dev.vigil.samples.SceneRenderer;
import dev.vigil.samples.Segment;
import dev.vigil.samples.SegmentSpan;
import dev.vigil.samples.SequenceWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Small long recordings for the timeline's tests, made with the samples' renderer: one fixed camera (one scene
 * look) filming a person who walks, and in the test video falls at known frames and walks on. 160 × 120 at 25 fps,
 * a few hundred frames each, so that a whole train-and-score run takes seconds.
 */
public final class LongVideos {

    public static final int WIDTH = 160;
    public static final int HEIGHT = 120;
    public static final double FPS = 25;
    /** Frames of the fall in {@link #FALL_VIDEO}: walk 0–149, fall 150–249, walk 250–399. */
    public static final FrameRange FALL = new FrameRange(150, 249);
    public static final String FALL_VIDEO = "fall.mp4";
    public static final String NORMAL_VIDEO = "normal.mp4";

    private static final SceneLook LOOK = SceneLook.random(7);

    private LongVideos() {
    }

    /** Two normal recordings of walking (300 frames each) in {@code dir}/train. */
    public static Path trainFolder(Path dir) throws IOException {
        Path train = Files.createDirectories(dir.resolve("train"));
        write(train.resolve("walk_a.mp4"), 0.25, 1, List.of(new Segment(Activity.WALK, 300)));
        write(train.resolve("walk_b.mp4"), 0.75, -1, List.of(new Segment(Activity.WALK, 300)));
        return train;
    }

    /** {@link #FALL_VIDEO} (walk, fall, walk: 400 frames) and {@link #NORMAL_VIDEO} (200 frames of walking). */
    public static Path testFolder(Path dir) throws IOException {
        Path test = Files.createDirectories(dir.resolve("test"));
        List<SegmentSpan> spans = write(test.resolve(FALL_VIDEO), 0.3, 1, List.of(new Segment(Activity.WALK, 150),
                new Segment(Activity.FALL, 100), new Segment(Activity.WALK, 150)));
        if (spans.get(1).firstFrame() != FALL.first() || spans.get(1).endFrame() != FALL.last() + 1) {
            throw new IllegalStateException("the fall is at " + spans.get(1) + ", not " + FALL);
        }
        write(test.resolve(NORMAL_VIDEO), 0.6, 1, List.of(new Segment(Activity.WALK, 200)));
        return test;
    }

    /** The ground truth of {@link #testFolder}, as benchmarks publish it: 1-based, both ends included. */
    public static Path groundTruth(Path dir) throws IOException {
        return Files.writeString(dir.resolve("gt.csv"), "video,start_frame,end_frame\nfall," + (FALL.first() + 1) + ","
                + (FALL.last() + 1) + "\n");
    }

    public static List<SegmentSpan> write(Path file, double x, int facing, List<Segment> segments) throws IOException {
        SceneRenderer scene = new SceneRenderer(LOOK, WIDTH, HEIGHT, FPS);
        return SequenceWriter.write(file, scene, new Placement(x * WIDTH, 0.83 * HEIGHT, 0.4 * HEIGHT, facing),
                segments, SampleSettings.bitrateFor(WIDTH, HEIGHT, FPS), ProgressListener.NONE,
                CancellationToken.none());
    }
}
