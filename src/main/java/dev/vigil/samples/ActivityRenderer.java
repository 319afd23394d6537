package dev.vigil.samples;

/**
 * Paints the frames of one activity in one scene: frame t shows the pose {@code t / fps} seconds into the activity,
 * with the figure carried along by its travel from the start placement.
 */
public final class ActivityRenderer {

    private final SceneRenderer scene;
    private final Activity activity;
    private final Performance performance;
    private final Placement start;

    public ActivityRenderer(SceneRenderer scene, Activity activity, Performance performance, Placement start) {
        this.scene = scene;
        this.activity = activity;
        this.performance = performance;
        this.start = start;
    }

    /** A renderer for a generated clip at the given frame size and rate. */
    public static ActivityRenderer of(ClipSpec spec, int width, int height, double fps) {
        return new ActivityRenderer(new SceneRenderer(spec.look(), width, height, fps), spec.activity(),
                spec.performance(), spec.start());
    }

    public SceneRenderer scene() {
        return scene;
    }

    /** The pose at frame {@code frame}. */
    public Pose pose(int frame) {
        return activity.pose(frame / scene.fps(), performance);
    }

    /** Where the hip is at frame {@code frame}. */
    public Placement placement(int frame) {
        return placementFor(pose(frame));
    }

    /** Paints frame {@code frame} into a packed RGB buffer of the scene's size. */
    public void paint(int frame, byte[] rgb) {
        Pose pose = pose(frame);
        scene.paint(frame, pose, placementFor(pose), rgb);
    }

    private Placement placementFor(Pose pose) {
        return start.atX(start.x() + start.facing() * start.scale() * pose.forward());
    }
}
