package dev.vigil.samples;

import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.progress.ProgressMeter;
import dev.vigil.video.H264Writer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Records a sequence of activities to one H.264 video: the long surveillance recordings on which the timeline is
 * scored, with their ground truth. For example 40 s of walking, 4 s of a fall, 20 s of walking again:
 *
 * <pre>{@code
 * SceneRenderer scene = new SceneRenderer(SceneLook.random(7), 320, 240, 25);
 * Placement start = new Placement(60, 200, 90, 1);
 * List<SegmentSpan> truth = SequenceWriter.write(Path.of("walk-fall.mp4"), scene, start,
 *         List.of(new Segment(Activity.WALK, 1000), new Segment(Activity.FALL, 100), new Segment(Activity.WALK, 500)),
 *         SampleSettings.bitrateFor(320, 240, 25), ProgressListener.NONE, CancellationToken.none());
 * }</pre>
 */
public final class SequenceWriter {

    private SequenceWriter() {
    }

    /**
     * Writes the sequence and returns where each segment lies (frame ranges; anomalous segments are the ground
     * truth of anomalies).
     *
     * @param file     the .mp4 to write (replaced only when the recording succeeds)
     * @param scene    the scene: ground, figure, camera, frame size and rate
     * @param start    where the figure stands at the first frame
     * @param segments the activities in order
     * @param bitrate  H.264 bits per second
     */
    public static List<SegmentSpan> write(Path file, SceneRenderer scene, Placement start, List<Segment> segments,
                                          int bitrate, ProgressListener listener, CancellationToken cancel)
            throws IOException {
        SequenceRenderer sequence = new SequenceRenderer(scene, start, segments, SequenceRenderer.DEFAULT_BLEND_FRAMES);
        ProgressMeter meter = new ProgressMeter("sequence", sequence.frames(), listener);
        byte[] rgb = new byte[scene.width() * scene.height() * 3];
        int reportEvery = (int) Math.max(1, Math.round(scene.fps()));
        try (H264Writer writer = H264Writer.create(file, scene.width(), scene.height(), scene.fps(), bitrate)) {
            while (sequence.hasNext()) {
                // Check between frames: a cancelled recording leaves no file behind.
                cancel.throwIfCancelled();
                sequence.paintNext(rgb);
                writer.write(rgb);
                int done = sequence.position();
                if (done % reportEvery == 0 || !sequence.hasNext()) {
                    meter.advance(done - meter.done(), file.getFileName() + " frame " + done);
                }
            }
            writer.finish();
        }
        return sequence.spans();
    }
}
