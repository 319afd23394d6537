import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.live.LiveEvent;
import dev.vigil.live.LivePicture;
import dev.vigil.live.LiveListener;
import dev.vigil.live.LiveModels;
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

/**
 * Live scoring speed and alert latency of a bundle on a video with known events.
 *
 * <pre>
 *   java -cp target/classes:$(cat target/classpath.txt) bench/LiveBench.java BUNDLE VIDEO GT_CSV
 * </pre>
 *
 * Two watches of the video through the same code as {@code vigil watch}: first as fast as it decodes (the sustained
 * frame rate: frames / wall time), then at its own frame rate as a camera delivers it (--realtime): frames skipped
 * and, per event of the ground truth (GT_CSV: video,start_frame,end_frame, 1-based), the alert latency from the
 * arrival of the event's first frame to the alert of the segment that covers it (0 when a segment was already open).
 */
public final class LiveBench {

    public static void main(String[] args) throws Exception {
        Path bundle = Path.of(args[0]);
        String video = args[1];
        List<long[]> truth = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[2])).subList(1, Files.readAllLines(Path.of(args[2])).size())) {
            String[] p = line.split(",");
            truth.add(new long[] {Long.parseLong(p[1].strip()) - 1, Long.parseLong(p[2].strip()) - 1});
        }
        try (LiveModels.Opened opened = LiveModels.open(bundle, BackboneRegistry.locate())) {
            WatchSettings fast = WatchSettings.DEFAULTS.withRoll(0, 0);
            LiveWatch watch = LiveWatch.connect(LiveSource.parse(video), fast, opened.model());
            long start = System.nanoTime();
            LiveWatch.Summary summary = watch.run(new LiveListener() {
            }, 1);
            double seconds = (System.nanoTime() - start) / 1e9;
            double fps = summary.frames() / seconds;

            WatchSettings realtime = new WatchSettings(0, 0, true, false, 640, 2, 10, 3, 10);
            Recorder recorder = new Recorder(truth);
            LiveWatch live = LiveWatch.connect(LiveSource.parse(video), realtime, opened.model());
            LiveWatch.Summary rt = live.run(recorder, 1);
            List<Double> latencies = recorder.latencies();
            double windowSeconds = opened.model().windows().length() / live.frameRate();
            System.out.printf(Locale.ROOT, "%s %dx%d %s: %d frames, as fast as it decodes %.1f frames/s; at %.0f fps: "
                            + "%d skipped, %d of %d events alerted, latency p50 %.2f s p95 %.2f s max %.2f s "
                            + "(window %.2f s, target p95 <= %.2f s)%n",
                    opened.model().backbone().card().id(), live.sourceWidth(), live.sourceHeight(), bundle.getFileName(),
                    summary.frames(), fps, live.frameRate(), rt.skipped(), latencies.size(), truth.size(),
                    quantile(latencies, 0.5), quantile(latencies, 0.95), quantile(latencies, 1), windowSeconds,
                    windowSeconds + 1);
        }
    }

    private static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1 < 0 ? 0
                : Math.ceil(q * sorted.size()) - 1));
    }

    /** Arrival times of the events' first frames, and the alerts. */
    private static final class Recorder implements LiveListener {
        private final List<long[]> truth;
        private final Map<Long, Long> arrival = new HashMap<>();
        private final Map<Integer, long[]> opened = new HashMap<>();
        private final List<long[]> segments = new ArrayList<>();

        Recorder(List<long[]> truth) {
            this.truth = truth;
        }

        @Override
        public void frameTaken(LivePicture frame) {
            for (long[] t : truth) {
                if (t[0] == frame.number()) {
                    arrival.put(frame.number(), frame.wallMillis());
                }
            }
        }

        @Override
        public void eventOpened(LiveEvent event, List<LivePicture> preRoll) {
            opened.put(event.id(), new long[] {event.firstFrame(), event.alertMillis()});
        }

        @Override
        public void eventClosed(LiveEvent event, LivePicture peak) {
            long[] o = opened.get(event.id());
            segments.add(new long[] {o[0], event.lastFrame(), o[1]});
        }

        List<Double> latencies() {
            List<Double> out = new ArrayList<>();
            for (long[] t : truth) {
                Long came = arrival.get(t[0]);
                for (long[] s : segments) {
                    if (came != null && s[0] <= t[1] && s[1] >= t[0]) {
                        out.add(Math.max(0, s[2] - came) / 1000.0);
                        break;
                    }
                }
            }
            return out;
        }
    }
}
