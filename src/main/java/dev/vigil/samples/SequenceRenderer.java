package dev.vigil.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * Paints a sequence of activities one frame after another in one scene, as a fixed camera would film one person
 * who walks for a while, falls, gets up and walks on. The figure keeps its place from one segment to the next;
 * travelling figures turn round at the edges of the picture so that a long recording never loses them; each new
 * activity eases in from the last pose over a few frames instead of snapping.
 */
public final class SequenceRenderer {

    /** Frames over which one activity eases into the next, by default. */
    public static final int DEFAULT_BLEND_FRAMES = 8;

    private final SceneRenderer scene;
    private final List<Segment> segments;
    private final List<SegmentSpan> spans;
    private final int blendFrames;
    private final double margin;
    private Placement placement;
    private int segment;
    private int local;
    private int frame;
    private double lastForward;
    private Pose lastPose;
    private Pose blendFrom;

    /**
     * @param scene       the scene to paint in
     * @param start       where the figure stands at the first frame, and which way it faces
     * @param segments    the activities, in order
     * @param blendFrames frames over which each activity eases into the next (0 to switch at once)
     */
    public SequenceRenderer(SceneRenderer scene, Placement start, List<Segment> segments, int blendFrames) {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a sequence needs at least one segment");
        }
        if (blendFrames < 0) {
            throw new IllegalArgumentException("blend frames must be 0 or more, got " + blendFrames);
        }
        this.scene = scene;
        this.segments = List.copyOf(segments);
        this.blendFrames = blendFrames;
        this.placement = start;
        this.margin = Math.min(scene.width() / 2.0 - 1, 0.35 * start.scale());
        List<SegmentSpan> list = new ArrayList<>();
        int first = 0;
        for (Segment s : this.segments) {
            list.add(new SegmentSpan(s.activity(), first, first + s.frames()));
            first += s.frames();
        }
        this.spans = List.copyOf(list);
    }

    /** Where each segment lies in the sequence. */
    public List<SegmentSpan> spans() {
        return spans;
    }

    /** Frames in the whole sequence. */
    public int frames() {
        return spans.get(spans.size() - 1).endFrame();
    }

    /** True while frames remain. */
    public boolean hasNext() {
        return frame < frames();
    }

    /** Where the figure stands: at the start, then as last painted (its hip, ground row, height and facing). */
    public Placement placement() {
        return placement;
    }

    /** Index of the frame {@link #paintNext(byte[])} paints next. */
    public int position() {
        return frame;
    }

    /** Paints the next frame into a packed RGB buffer of the scene's size. */
    public void paintNext(byte[] rgb) {
        if (!hasNext()) {
            throw new IllegalStateException("the sequence has ended after " + frames() + " frames");
        }
        Segment current = segments.get(segment);
        Pose pose = current.activity().pose(local / scene.fps(), current.performance());
        if (local == 0) {
            lastForward = pose.forward();
            blendFrom = lastPose;
        }
        move(pose.forward() - lastForward);
        lastForward = pose.forward();
        Pose shown = pose;
        if (blendFrom != null && local < blendFrames) {
            shown = Pose.lerp(blendFrom, pose, (local + 1.0) / (blendFrames + 1));
        }
        scene.paint(frame, shown, placement, rgb);
        lastPose = shown;
        frame++;
        local++;
        if (local == current.frames()) {
            segment++;
            local = 0;
        }
    }

    /** Carries the figure forward by {@code delta} figure units, turning it round at the picture's edges. */
    private void move(double delta) {
        double x = placement.x() + placement.facing() * placement.scale() * delta;
        placement = placement.atX(x);
        boolean pastRight = x > scene.width() - margin && placement.facing() > 0;
        boolean pastLeft = x < margin && placement.facing() < 0;
        if (delta > 0 && (pastRight || pastLeft)) {
            placement = placement.turned();
        }
    }
}
