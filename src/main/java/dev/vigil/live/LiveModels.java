package dev.vigil.live;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.experiment.bundle.BundleArchive;
import dev.vigil.experiment.bundle.BundleKind;
import dev.vigil.experiment.bundle.BundleScorer;
import dev.vigil.experiment.bundle.DetectorBundle;
import dev.vigil.experiment.bundle.TimelineBundle;
import dev.vigil.experiment.bundle.TimelineBundleScorer;
import dev.vigil.timeline.Aggregation;
import dev.vigil.timeline.SegmentRules;
import dev.vigil.timeline.Smoothing;
import dev.vigil.timeline.TimelineSettings;
import dev.vigil.timeline.WindowSpec;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a {@code .vigil} bundle for live scoring. A timeline bundle brings its own windows, aggregation, smoothing,
 * threshold, segment rules and anomaly-map model. A clip bundle scores one clip at a time: here each window is
 * such a clip, with the backbone's default windows, the highest window score per frame, no smoothing, and segments
 * that close gaps of one window and drop runs shorter than a stride.
 */
public final class LiveModels {

    private LiveModels() {
    }

    /** A model and what it holds open; closing it closes the backbone and the detector. */
    public record Opened(LiveModel model, AutoCloseable resources) implements AutoCloseable {
        @Override
        public void close() {
            try {
                resources.close();
            } catch (Exception e) {
                // closing frees native memory only; nothing to report
            }
        }
    }

    /** @throws IOException naming the bundle and what is wrong with it */
    public static Opened open(Path bundleFile, BackboneRegistry registry) throws IOException {
        if (BundleArchive.kindOf(bundleFile) == BundleKind.TIMELINE) {
            TimelineBundle bundle = TimelineBundle.read(bundleFile);
            TimelineBundleScorer scorer;
            try {
                scorer = TimelineBundleScorer.open(bundle, registry);
            } catch (IOException | RuntimeException e) {
                bundle.close();
                throw e;
            }
            TimelineSettings s = bundle.recipe().settings();
            LiveModel model = new LiveModel(bundle.name(), scorer.backbone(), bundle.detector(),
                    bundle.threshold().value(), bundle.threshold().source(), s.windows(), s.aggregation(),
                    s.smoothing(), s.segments(), bundle.maps());
            return new Opened(model, () -> {
                scorer.close();
                bundle.close();
            });
        }
        DetectorBundle bundle = DetectorBundle.read(bundleFile);
        BundleScorer scorer;
        try {
            scorer = BundleScorer.open(bundle, registry);
        } catch (IOException | RuntimeException e) {
            bundle.close();
            throw e;
        }
        WindowSpec windows = TimelineSettings.defaultWindows(scorer.backbone().card().id());
        LiveModel model = new LiveModel(bundle.name(), scorer.backbone(), bundle.detector(), bundle.threshold(),
                bundle.thresholdMethod(), windows, Aggregation.MAX, Smoothing.NONE, SegmentRules.forWindows(windows),
                null);
        return new Opened(model, () -> {
            scorer.close();
            bundle.close();
        });
    }
}
