package dev.vigil.live;

import dev.vigil.backbone.Backbone;
import dev.vigil.detector.Detector;
import dev.vigil.timeline.Aggregation;
import dev.vigil.timeline.CellMapModel;
import dev.vigil.timeline.SegmentRules;
import dev.vigil.timeline.Smoothing;
import dev.vigil.timeline.WindowSpec;

/**
 * What scores a live source: a backbone, a fitted detector, and the timeline's rules from windows to segments.
 * Made from a timeline bundle (its own rules) or a clip bundle (one window per clip, see {@link LiveModels}).
 *
 * @param name            the bundle's name, for messages
 * @param backbone        the open backbone; the model does not own it
 * @param detector        the fitted detector; the model does not own it
 * @param threshold       frame scores at or above it are anomalous
 * @param thresholdSource how the threshold was chosen, for messages
 * @param windows         window length and stride, in frames
 * @param aggregation     how window scores become frame scores
 * @param smoothing       how frame scores are smoothed
 * @param segments        how flagged frames become segments
 * @param maps            each place's normal for the anomaly maps (where in the frame), or null
 */
public record LiveModel(String name, Backbone backbone, Detector detector, double threshold, String thresholdSource,
                        WindowSpec windows, Aggregation aggregation, Smoothing smoothing, SegmentRules segments,
                        CellMapModel maps) {

    /** The same model at another threshold (the workbench's slider). */
    public LiveModel withThreshold(double value, String source) {
        return new LiveModel(name, backbone, detector, value, source, windows, aggregation, smoothing, segments, maps);
    }

    /** Frames between a frame's arrival and the moment its score is final: a window, a stride, the smoothing. */
    public int scoringLagFrames() {
        return windows.length() + windows.stride() + smoothing.radius() * 2;
    }
}
