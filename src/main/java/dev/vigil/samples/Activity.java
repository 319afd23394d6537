package dev.vigil.samples;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The activities of the sample sports ground: seven normal ones and three anomalies. The anomalies differ from every
 * normal activity in how the body moves, not in how it looks: a fall ends lying still, a punch is a fast horizontal
 * thrust of the arm, a crawl moves a low horizontal body slowly.
 */
public enum Activity {
    WALK("walk", false, new Walk()),
    RUN("run", false, new Run()),
    JUMP("jump", false, new Jump()),
    JUMPING_JACKS("jumping_jacks", false, new JumpingJacks()),
    WAVE("wave", false, new Wave()),
    BEND("bend", false, new Bend()),
    SKIP("skip", false, new Skip()),
    FALL("fall", true, new Fall()),
    PUNCH("punch", true, new Punch()),
    CRAWL("crawl", true, new Crawl());

    private final String id;
    private final boolean anomalous;
    private final Motion motion;

    Activity(String id, boolean anomalous, Motion motion) {
        this.id = id;
        this.anomalous = anomalous;
        this.motion = motion;
    }

    /** The class name used in folders and manifests, e.g. "jumping_jacks". */
    public String id() {
        return id;
    }

    public boolean anomalous() {
        return anomalous;
    }

    /** 1 for an anomaly, 0 for a normal activity, as in manifest.csv. */
    public int label() {
        return anomalous ? 1 : 0;
    }

    /** The pose {@code seconds} after the activity began. */
    public Pose pose(double seconds, Performance performance) {
        return motion.pose(seconds, performance);
    }

    /** The activity with this class name (case-insensitive). */
    public static Activity of(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (Activity activity : values()) {
            if (activity.id.equals(key)) {
                return activity;
            }
        }
        throw new IllegalArgumentException("unknown activity '" + id + "' (known: "
                + Arrays.stream(values()).map(Activity::id).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public String toString() {
        return id;
    }
}
