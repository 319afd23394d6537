package dev.vigil.ui.longvideo;

import dev.vigil.backbone.ComputeDevice;
import dev.vigil.detector.DetectorKind;
import dev.vigil.experiment.config.RunName;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.timeline.SegmentRules;
import dev.vigil.timeline.ThresholdRule;
import dev.vigil.timeline.TimelineSettings;
import dev.vigil.timeline.WindowSpec;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What the long-video run form holds at one moment, as typed: it says what is wrong with it, naming the field, and
 * turns into the {@link TimelineJob} to run.
 *
 * @param backbone   the chosen backbone's id, or null when none is available
 * @param runsFolder where the output folder goes, or null when none is chosen
 */
record LongVideoForm(String trainFolder, String testFolder, String groundTruth, String backbone,
                     DetectorKind detector, int window, int stride, double percentile, String name, Path runsFolder) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** "long-videos-20260101-120000", made free in {@code runs} when there is one. */
    static String freshName(Path runs, LocalDateTime now) {
        String base = "long-videos-" + now.format(STAMP);
        return runs == null ? base : RunFolder.freeName(runs, base);
    }

    /** Why the form cannot run, naming the field; empty when it can. */
    String problem() {
        String train = folderProblem("Normal recordings", trainFolder);
        if (!train.isEmpty()) {
            return train;
        }
        String test = folderProblem("Videos to score", testFolder);
        if (!test.isEmpty()) {
            return test;
        }
        String truth = groundTruth.trim();
        Path truthFile = path(truth);
        if (!truth.isEmpty() && (truthFile == null || !Files.isRegularFile(truthFile))) {
            return "Ground truth: " + truth + " is not a file";
        }
        if (backbone == null) {
            return "Backbone: none is available";
        }
        try {
            new WindowSpec(window, stride);
        } catch (IllegalArgumentException e) {
            return "Window: " + e.getMessage();
        }
        if (!(percentile >= 0 && percentile <= 100)) {
            return "Percentile: must be in [0, 100], got " + percentile;
        }
        String named = RunName.problem(name);
        if (named != null) {
            return "Name: " + named;
        }
        if (runsFolder == null) {
            return "Choose a runs folder (Training screen)";
        }
        return Files.exists(runsFolder.resolve(name.trim()))
                ? "Name: " + runsFolder.resolve(name.trim()) + " exists already" : "";
    }

    /** The run the form describes (only when there is no {@link #problem()}). */
    TimelineJob job(ComputeDevice device) {
        WindowSpec windows = new WindowSpec(window, stride);
        TimelineSettings settings = TimelineSettings.forBackbone(backbone).optWindows(windows)
                .optDetector(detector)
                .optThreshold(ThresholdRule.percentileOf(percentile))
                .optSegments(SegmentRules.forWindows(windows)).build();
        String truth = groundTruth.trim();
        return new TimelineJob(Path.of(trainFolder.trim()), Path.of(testFolder.trim()),
                truth.isEmpty() ? null : Path.of(truth), backbone, device, settings, runsFolder.resolve(name.trim()));
    }

    private static String folderProblem(String field, String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return field + ": choose a folder";
        }
        Path folder = path(trimmed);
        return folder != null && Files.isDirectory(folder) ? "" : field + ": " + trimmed + " is not a folder";
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
