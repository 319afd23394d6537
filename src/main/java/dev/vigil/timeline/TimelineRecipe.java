package dev.vigil.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.detector.DetectorKind;

import java.io.IOException;

/**
 * How a timeline run scored, apart from the backbone and the detector's weights: the windows, how window scores
 * became frame scores, the threshold and where it came from, the segment rules, and what the detector was trained
 * on. It is the settings part of an output folder's index, and what a timeline bundle carries so that it scores
 * new videos exactly as the run did.
 *
 * @param backbone  id of the backbone
 * @param settings  the run's settings (workers and batch size are the machine's, not the recipe's)
 * @param threshold the threshold on frame scores and how it was chosen
 * @param training  counts of the training the detector came from
 */
public record TimelineRecipe(String backbone, TimelineSettings settings, ThresholdRule.Threshold threshold,
                             TimelineReport.TrainingCounts training) {

    /** The recipe of a finished run. */
    public static TimelineRecipe of(TimelineReport report) {
        return new TimelineRecipe(report.backbone(), report.settings(), report.threshold(), report.training());
    }

    /** The same recipe run with these workers and windows per forward pass (they change speed, not scores). */
    public TimelineRecipe withMachine(int workers, int batchSize) {
        TimelineSettings s = settings;
        return new TimelineRecipe(backbone, new TimelineSettings(s.windows(), s.aggregation(), s.smoothing(),
                s.threshold(), s.segments(), s.detector(), s.validationFraction(), s.seed(), s.maxTrainWindows(),
                workers, batchSize), threshold, training);
    }

    /** Puts the recipe's fields into {@code root}, under the names an output folder's index uses. */
    public void writeTo(ObjectNode root) {
        TimelineSettings s = settings;
        root.put("backbone", backbone);
        root.put("detector", s.detector().id());
        root.put("window", s.windows().length());
        root.put("stride", s.windows().stride());
        root.put("aggregation", s.aggregation().id());
        ObjectNode smoothing = root.putObject("smoothing");
        smoothing.put("kernel", s.smoothing().kernel().id());
        smoothing.put("width", s.smoothing().width());
        root.put("threshold", threshold.value());
        root.put("threshold_source", threshold.source());
        root.put("min_length", s.segments().minLength());
        root.put("gap", s.segments().gap());
        ObjectNode counts = root.putObject("training");
        counts.put("videos", training.videos());
        counts.put("stride", training.stride());
        counts.put("windows", training.windows());
        counts.put("held_out_windows", training.heldOutWindows());
        counts.put("validation_fraction", s.validationFraction());
        counts.put("seed", s.seed());
    }

    /**
     * Reads the fields {@link #writeTo} wrote.
     *
     * @param where the file (and entry) to name in an error
     * @throws IOException naming {@code where}, the key and the reason
     */
    public static TimelineRecipe readFrom(JsonNode root, String where) throws IOException {
        for (String key : new String[] {"backbone", "detector", "window", "stride", "aggregation", "threshold",
                "min_length", "gap"}) {
            if (root.path(key).isMissingNode() || root.path(key).isNull()) {
                throw new IOException(where + ": '" + key + "' is missing");
            }
        }
        double threshold = root.path("threshold").asDouble(Double.NaN);
        if (!root.path("threshold").isNumber() || !Double.isFinite(threshold)) {
            throw new IOException(where + ": 'threshold' must be a finite number, got " + root.path("threshold"));
        }
        JsonNode smoothing = root.path("smoothing");
        JsonNode training = root.path("training");
        try {
            WindowSpec windows = new WindowSpec(root.path("window").asInt(), root.path("stride").asInt());
            TimelineSettings settings = TimelineSettings.builder().optWindows(windows)
                    .optDetector(DetectorKind.parse(root.path("detector").asText()))
                    .optAggregation(Aggregation.parse(root.path("aggregation").asText()))
                    .optSmoothing(new Smoothing(Smoothing.Kernel.parse(smoothing.path("kernel").asText("box")),
                            smoothing.path("width").asInt(0)))
                    .optThreshold(ThresholdRule.fixed(threshold))
                    .optSegments(new SegmentRules(root.path("min_length").asInt(), root.path("gap").asInt()))
                    .optValidationFraction(training.path("validation_fraction")
                            .asDouble(TimelineSettings.DEFAULT_VALIDATION_FRACTION))
                    .optSeed(training.path("seed").asLong(42)).build();
            return new TimelineRecipe(root.path("backbone").asText(), settings,
                    new ThresholdRule.Threshold(threshold, root.path("threshold_source").asText()),
                    new TimelineReport.TrainingCounts(training.path("videos").asInt(), training.path("stride").asInt(),
                            training.path("windows").asInt(), training.path("held_out_windows").asInt()));
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
    }
}
