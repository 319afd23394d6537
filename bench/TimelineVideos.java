import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.samples.Activity;
import dev.vigil.samples.Performance;
import dev.vigil.samples.Placement;
import dev.vigil.samples.SampleSettings;
import dev.vigil.samples.SceneLook;
import dev.vigil.samples.SceneRenderer;
import dev.vigil.samples.Segment;
import dev.vigil.samples.SegmentSpan;
import dev.vigil.samples.SequenceWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a long-video anomaly set with the samples' renderer: one fixed camera (one scene look), a person who
 * goes through the normal activities of the sports ground one after another, and in the test videos also falls,
 * punches or crawls now and then.
 *
 * <pre>
 *   java -cp target/classes:$(cat target/classpath.txt) bench/TimelineVideos.java OUT \
 *       [width height fps trainVideos trainSeconds testVideos testSeconds seed]
 * </pre>
 *
 * Writes OUT/train/normal_NN.mp4, OUT/test/test_NN.mp4 and OUT/gt.csv ({@code video,start_frame,end_frame}, 1-based,
 * both ends included). Defaults: 320 240 25 4 60 6 40 7.
 */
public final class TimelineVideos {

    private static final Activity[] NORMAL = {Activity.WALK, Activity.WALK, Activity.WALK, Activity.RUN, Activity.WAVE,
            Activity.BEND, Activity.JUMP, Activity.SKIP, Activity.JUMPING_JACKS};
    private static final Activity[] ANOMALY = {Activity.FALL, Activity.PUNCH, Activity.CRAWL};

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: TimelineVideos OUT [width height fps trainVideos trainSeconds testVideos "
                    + "testSeconds seed]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int width = arg(args, 1, 320);
        int height = arg(args, 2, 240);
        int fps = arg(args, 3, 25);
        int trainVideos = arg(args, 4, 4);
        int trainSeconds = arg(args, 5, 60);
        int testVideos = arg(args, 6, 6);
        int testSeconds = arg(args, 7, 40);
        long seed = arg(args, 8, 7);
        SplittableRandom random = new SplittableRandom(seed);
        SceneLook look = SceneLook.random(seed);
        Files.createDirectories(out.resolve("train"));
        Files.createDirectories(out.resolve("test"));
        for (int i = 0; i < trainVideos; i++) {
            Path file = out.resolve("train").resolve(String.format(Locale.ROOT, "normal_%02d.mp4", i + 1));
            write(file, look, width, height, fps, segments(random, fps, trainSeconds, false), random);
        }
        StringBuilder truth = new StringBuilder("video,start_frame,end_frame\n");
        for (int i = 0; i < testVideos; i++) {
            String name = String.format(Locale.ROOT, "test_%02d", i + 1);
            // one test video in three is all normal, as in public benchmarks
            boolean anomalies = i % 3 != 2;
            List<SegmentSpan> spans = write(out.resolve("test").resolve(name + ".mp4"), look, width, height, fps,
                    segments(random, fps, testSeconds, anomalies), random);
            for (SegmentSpan span : spans) {
                if (span.anomalous()) {
                    truth.append(name).append(',').append(span.firstFrame() + 1).append(',').append(span.endFrame())
                            .append('\n');
                }
            }
        }
        Files.writeString(out.resolve("gt.csv"), truth);
        System.out.println("wrote " + trainVideos + " training and " + testVideos + " test videos to " + out);
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    /** Normal activities of 2–6 s; with anomalies, one or two anomalous stretches of 3–5 s among them. */
    private static List<Segment> segments(SplittableRandom random, int fps, int seconds, boolean anomalies) {
        List<Segment> segments = new ArrayList<>();
        int total = seconds * fps;
        int frames = 0;
        int anomalous = anomalies ? 1 + random.nextInt(2) : 0;
        int nextAnomalyAt = anomalous > 0 ? total / (anomalous + 1) : Integer.MAX_VALUE;
        while (frames < total) {
            Activity activity;
            int length;
            if (frames >= nextAnomalyAt && anomalous > 0) {
                activity = ANOMALY[random.nextInt(ANOMALY.length)];
                length = (3 + random.nextInt(3)) * fps;
                anomalous--;
                nextAnomalyAt = anomalous > 0 ? frames + total / 3 : Integer.MAX_VALUE;
            } else {
                activity = NORMAL[random.nextInt(NORMAL.length)];
                length = (2 + random.nextInt(5)) * fps;
            }
            length = Math.min(length, total - frames);
            segments.add(new Segment(activity, length, new Performance(random.nextDouble(), random.nextDouble(),
                    random.nextDouble(), random.nextLong())));
            frames += length;
        }
        return segments;
    }

    private static List<SegmentSpan> write(Path file, SceneLook look, int width, int height, int fps,
                                           List<Segment> segments, SplittableRandom random) throws Exception {
        SceneRenderer scene = new SceneRenderer(look, width, height, fps);
        Placement start = new Placement(width * (0.2 + 0.6 * random.nextDouble()), 0.83 * height,
                (0.3 + 0.15 * random.nextDouble()) * height, random.nextBoolean() ? 1 : -1);
        return SequenceWriter.write(file, scene, start, segments, SampleSettings.bitrateFor(width, height, fps),
                ProgressListener.NONE, CancellationToken.none());
    }
}
