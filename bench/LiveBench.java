import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.live.LiveEvent;
import dev.vigil.live.LiveListener;
import dev.vigil.live.LiveModels;
import dev.vigil.live.LivePicture;
import dev.vigil.live.LiveSource;
import dev.vigil.live.LiveWatch;
import dev.vigil.live.WatchSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Live scoring speed and alert latency of a bundle on videos with known events.
 *
 * <pre>
 *   java -cp target/classes:$(cat target/classpath.txt) bench/LiveBench.java BUNDLE VIDEO_OR_FOLDER GT_CSV
 * </pre>
 *
 * Each video (VIDEO, or every .mp4 of FOLDER in name order) is watched twice through the same code as
 * {@code vigil watch}: first as fast as it decodes (the sustained frame rate: frames / wall time, over all videos),
 * then at its own frame rate as a camera delivers it (--realtime): frames skipped and, per event of the ground truth
 * (GT_CSV: video,start_frame,end_frame, 1-based, video as the file's name), the alert latency from the arrival of the
 * event's first frame to the alert of the segment that covers it (0 when a segment was already open). The latency
 * is split in two: until the last frame of the window whose score raised the alert arrived (the event has to look
 * anomalous to a whole window), and from there to the alert line (decoding, embedding, scoring).
 */
public final class LiveBench {

    public static void main(String[] args) throws Exception {
        Path bundle = Path.of(args[0]);
        Path input = Path.of(args[1]);
        List<Path> videos;
        if (Files.isDirectory(input)) {
            try (Stream<Path> files = Files.list(input)) {
                videos = files.filter(p -> p.getFileName().toString().endsWith(".mp4")).sorted().toList();
            }
        } else {
            videos = List.of(input);
        }
        Map<String, List<long[]>> truth = new HashMap<>();
        List<String> lines = Files.readAllLines(Path.of(args[2]));
        for (String line : lines.subList(1, lines.size())) {
            String[] p = line.split(",");
            String name = withoutExtension(Path.of(p[0].strip()).getFileName().toString());
            truth.computeIfAbsent(name, k -> new ArrayList<>()).add(new long[] {Long.parseLong(p[1].strip()) - 1,
                    Long.parseLong(p[2].strip()) - 1});
        }
        try (LiveModels.Opened opened = LiveModels.open(bundle, BackboneRegistry.locate())) {
            long frames = 0;
            double seconds = 0;
            for (Path video : videos) {
                LiveWatch watch = LiveWatch.connect(LiveSource.parse(video.toString()),
                        WatchSettings.DEFAULTS.withRoll(0, 0), opened.model());
                long start = System.nanoTime();
                frames += watch.run(new LiveListener() {
                }, 1).frames();
                seconds += (System.nanoTime() - start) / 1e9;
            }

            WatchSettings realtime = new WatchSettings(0, 0, true, false, 640, 2, 10, 3, 10);
            List<double[]> latencies = new ArrayList<>();
            long skipped = 0;
            long realtimeFrames = 0;
            int events = 0;
            LiveWatch live = null;
            for (Path video : videos) {
                List<long[]> events0 = truth.getOrDefault(withoutExtension(video.getFileName().toString()),
                        List.of());
                events += events0.size();
                Recorder recorder = new Recorder(events0);
                live = LiveWatch.connect(LiveSource.parse(video.toString()), realtime, opened.model());
                LiveWatch.Summary rt = live.run(recorder, 1);
                skipped += rt.skipped();
                realtimeFrames += rt.frames();
                for (double[] l : recorder.latencies()) {
                    latencies.add(l);
                    System.out.printf(Locale.ROOT, "  %s: event at frame %d alerted after %.2f s (window done after "
                            + "%.2f s, alert %.3f s later)%n", video.getFileName(), (long) l[3] + 1, l[0], l[1], l[2]);
                }
            }
            long alreadyOpen = latencies.stream().filter(l -> l[0] == 0).count();
            List<Double> total = latencies.stream().map(l -> l[0]).toList();
            List<Double> fresh = latencies.stream().filter(l -> l[0] > 0).map(l -> l[0]).toList();
            List<Double> compute = latencies.stream().map(l -> l[2]).toList();
            double windowSeconds = opened.model().windows().length() / live.frameRate();
            System.out.printf(Locale.ROOT, "%s %dx%d %s: %d videos, %d frames, as fast as it decodes %.1f frames/s; "
                            + "at %.0f fps: %d of %d frames skipped, %d of %d events alerted (%d while an alert was already open: "
                            + "latency 0), latency p50 %.2f s "
                            + "p95 %.2f s max %.2f s (of those not already open: p50 %.2f s p95 %.2f s), of it from the window's "
                            + "last frame to the alert p50 %.3f s "
                            + "max %.3f s (window %.2f s, target p95 <= %.2f s)%n",
                    opened.model().backbone().card().id(), live.sourceWidth(), live.sourceHeight(),
                    bundle.getFileName(), videos.size(), frames, frames / seconds, live.frameRate(), skipped,
                    realtimeFrames, total.size(), events, alreadyOpen, quantile(total, 0.5), quantile(total, 0.95),
                    quantile(total, 1), quantile(fresh, 0.5), quantile(fresh, 0.95), quantile(compute, 0.5), quantile(compute, 1), windowSeconds,
                    windowSeconds + 1);
        }
    }

    /** Ground truth names a video with or without its extension. */
    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The nearest-rank quantile. */
    private static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** Arrival times of the frames, the window that raised each alert, and the alerts. */
    private static final class Recorder implements LiveListener {
        private final List<long[]> truth;
        private final Map<Long, Long> arrival = new HashMap<>();
        private final Map<Integer, long[]> opened = new HashMap<>();
        private final List<long[]> segments = new ArrayList<>();
        private long lastWindowEnd = -1;

        Recorder(List<long[]> truth) {
            this.truth = truth;
        }

        @Override
        public void frameTaken(LivePicture frame) {
            arrival.put(frame.number(), frame.wallMillis());
        }

        @Override
        public void windowScored(long firstFrame, long lastFrame, double score, float[] map) {
            lastWindowEnd = lastFrame;
        }

        @Override
        public void eventOpened(LiveEvent event, List<LivePicture> preRoll) {
            opened.put(event.id(), new long[] {event.alertMillis(), arrival.getOrDefault(lastWindowEnd, -1L)});
        }

        @Override
        public void eventClosed(LiveEvent event, LivePicture peak) {
            long[] o = opened.get(event.id());
            segments.add(new long[] {event.firstFrame(), event.lastFrame(), o[0], o[1]});
        }

        /** Per event alerted: total latency, until the window's last frame, from there to the alert; frame. */
        List<double[]> latencies() {
            List<double[]> out = new ArrayList<>();
            for (long[] t : truth) {
                Long came = arrival.get(t[0]);
                for (long[] s : segments) {
                    if (came != null && s[0] <= t[1] && s[1] >= t[0]) {
                        double total = Math.max(0, s[2] - came) / 1000.0;
                        double window = total == 0 || s[3] < 0 ? 0 : Math.max(0, s[3] - came) / 1000.0;
                        out.add(new double[] {total, window, total == 0 ? 0 : total - window, t[0]});
                        break;
                    }
                }
            }
            return out;
        }
    }
}
