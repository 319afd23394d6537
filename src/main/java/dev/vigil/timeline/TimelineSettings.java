package dev.vigil.timeline;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.detector.DetectorKind;

/**
 * Everything that shapes a timeline run besides the backbone and the videos. Build with {@link #builder()}: every
 * setting has a default.
 *
 * @param windows            window length and stride
 * @param aggregation        how windows' scores become a frame's score
 * @param smoothing          temporal smoothing of frame scores
 * @param threshold          the threshold, given or a percentile of held-out normal windows
 * @param segments           minimum length and gap closing of flagged segments
 * @param detector           the detector trained on the normal windows
 * @param validationFraction share of each training video's windows held out to set the threshold
 * @param seed               seed of the held-out stretches and of the autoencoder's training
 * @param maxTrainWindows    at most this many training windows in all: past it, training videos are windowed with
 *                           a proportionally larger stride, so hours of normal footage still train in minutes
 * @param workers            threads that prepare windows
 * @param batchSize          windows per forward pass of the backbone
 */
public record TimelineSettings(WindowSpec windows, Aggregation aggregation, Smoothing smoothing,
                               ThresholdRule threshold, SegmentRules segments, DetectorKind detector,
                               double validationFraction, long seed, int maxTrainWindows, int workers,
                               int batchSize) {

    public static final double DEFAULT_VALIDATION_FRACTION = 0.2;
    public static final int DEFAULT_MAX_TRAIN_WINDOWS = 20_000;
    /** Windows of the fixed-camera backbone: 16 frames (1.6 s at 10 fps) every 4. */
    public static final WindowSpec SCENE_WINDOWS = new WindowSpec(16, 4);

    public TimelineSettings {
        if (windows == null || aggregation == null || smoothing == null || threshold == null || segments == null
                || detector == null) {
            throw new IllegalArgumentException("timeline settings need windows, aggregation, smoothing, threshold, "
                    + "segment rules and a detector");
        }
        requireFraction(validationFraction);
        requirePositive("max training windows", maxTrainWindows);
        requirePositive("workers", workers);
        requirePositive("batch size", batchSize);
    }

    private static double requireFraction(double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + value);
        }
        return value;
    }

    private static int requirePositive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, got " + value);
        }
        return value;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Defaults for the fixed-camera backbone: kNN distance, windows of 16 frames every 4, the mean of the windows
     * covering a frame. Short windows and the mean keep a frame's score to what happens around it (a fixed camera's
     * events start and end within seconds), and kNN ranked frames best of the four detectors on real fixed-camera
     * footage (docs/benchmarks.md, "Fixed cameras").
     */
    public static Builder forScene() {
        return new Builder().optDetector(DetectorKind.KNN).optWindows(SCENE_WINDOWS).optAggregation(Aggregation.MEAN);
    }

    /** The defaults for a backbone: {@link #forScene()} for the fixed-camera one, {@link #builder()} for others. */
    public static Builder forBackbone(String backboneId) {
        return BackboneRegistry.SCENE_ID.equals(backboneId) ? forScene() : builder();
    }

    /** The default windows of a backbone (see {@link #forBackbone}). */
    public static WindowSpec defaultWindows(String backboneId) {
        return BackboneRegistry.SCENE_ID.equals(backboneId) ? SCENE_WINDOWS : WindowSpec.DEFAULT;
    }

    /** Settings with defaults; set what differs. */
    public static final class Builder {
        private WindowSpec windows = WindowSpec.DEFAULT;
        private Aggregation aggregation = Aggregation.MAX;
        private Smoothing smoothing = Smoothing.NONE;
        private ThresholdRule threshold = ThresholdRule.percentileOf(ThresholdRule.DEFAULT_PERCENTILE);
        private SegmentRules segments;
        private DetectorKind detector = DetectorKind.GAUSSIAN;
        private double validationFraction = DEFAULT_VALIDATION_FRACTION;
        private long seed = 42;
        private int maxTrainWindows = DEFAULT_MAX_TRAIN_WINDOWS;
        private int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        private int batchSize = 16;

        /** Window length and stride (default 32 and 8 frames). */
        public Builder optWindows(WindowSpec value) {
            windows = value;
            return this;
        }

        /** Default {@link Aggregation#MAX}. */
        public Builder optAggregation(Aggregation value) {
            aggregation = value;
            return this;
        }

        /** Default none. */
        public Builder optSmoothing(Smoothing value) {
            smoothing = value;
            return this;
        }

        /** Default the 99th percentile of held-out normal windows. */
        public Builder optThreshold(ThresholdRule value) {
            threshold = value;
            return this;
        }

        /** Default {@link SegmentRules#forWindows}. */
        public Builder optSegments(SegmentRules value) {
            segments = value;
            return this;
        }

        /**
         * Default the Gaussian (Mahalanobis distance): on generated long recordings it ranked frames best of the four
         * (frame-level AUROC 0.966 against 0.923 for kNN and 0.922 for the autoencoder, docs/benchmarks.md).
         */
        public Builder optDetector(DetectorKind value) {
            detector = value;
            return this;
        }

        /** Default 0.2. */
        public Builder optValidationFraction(double value) {
            validationFraction = requireFraction(value);
            return this;
        }

        /** Default 42. */
        public Builder optSeed(long value) {
            seed = value;
            return this;
        }

        /** Default 20 000. */
        public Builder optMaxTrainWindows(int value) {
            maxTrainWindows = requirePositive("max training windows", value);
            return this;
        }

        /** Default one per core. */
        public Builder optWorkers(int value) {
            workers = requirePositive("workers", value);
            return this;
        }

        /** Default 16. */
        public Builder optBatchSize(int value) {
            batchSize = requirePositive("batch size", value);
            return this;
        }

        public TimelineSettings build() {
            return new TimelineSettings(windows, aggregation, smoothing, threshold,
                    segments != null ? segments : SegmentRules.forWindows(windows), detector, validationFraction, seed,
                    maxTrainWindows, workers, batchSize);
        }
    }
}
