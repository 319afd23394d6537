package dev.vigil.cli;

import dev.vigil.backbone.Backbone;
import dev.vigil.backbone.BackboneException;
import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.detector.DetectorKind;
import dev.vigil.io.IoErrors;
import dev.vigil.io.OutputPaths;
import dev.vigil.timeline.Aggregation;
import dev.vigil.timeline.GroundTruth;
import dev.vigil.timeline.SegmentRules;
import dev.vigil.timeline.Smoothing;
import dev.vigil.timeline.ThresholdRule;
import dev.vigil.timeline.TimelineException;
import dev.vigil.timeline.TimelineReport;
import dev.vigil.timeline.TimelineRun;
import dev.vigil.timeline.TimelineSettings;
import dev.vigil.timeline.VideoFolder;
import dev.vigil.timeline.VideoIssue;
import dev.vigil.timeline.WindowSpec;
import dev.vigil.timeline.folder.TimelineFolder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Trains on long normal recordings, scores long test videos frame by frame and measures them. */
@Command(name = "timeline", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Score long videos moment by moment: train a detector on the windows of normal recordings (a folder "
                        + "of videos, no class folders), score every frame of the test videos, cut the frames at or "
                        + "above the threshold into flagged segments, and measure against ground truth as public "
                        + "video-anomaly benchmarks do (frame-level AUROC over all frames of all test videos).",
                "Writes frame_scores.csv (video,frame,time,score), window_scores.csv, segments.csv, metrics.json "
                        + "(with --gt), skipped.csv, detector.bin, cell_maps.bin (scene backbone), backbone.json and "
                        + "timeline.json into the output folder (`vigil export-bundle` makes a bundle of it). Frames "
                        + "are numbered from 1, ranges include both ends. Videos that cannot be read are reported "
                        + "and skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "1:no training window or no test video could be used, or the output could not "
                + "be written", "2:wrong settings or input"})
final class TimelineCommand implements Callable<Integer> {

    @Option(names = "--train", required = true, paramLabel = "DIR",
            description = "Folder of normal recordings (any video files in it or below it).")
    private Path trainDir;

    @Option(names = "--test", required = true, paramLabel = "DIR", description = "Folder of videos to score.")
    private Path testDir;

    @Option(names = "--gt", paramLabel = "FILE",
            description = "Ground truth CSV video,start_frame,end_frame (frames from 1, both ends included, several "
                    + "rows per video allowed; a video named by file name with or without extension). A test video "
                    + "without rows is normal throughout.")
    private Path groundTruth;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    private Path out;

    @Option(names = "--backbone", paramLabel = "ID", defaultValue = BackboneRegistry.SCENE_ID,
            description = "Backbone id (see `vigil backbones`); default: ${DEFAULT-VALUE}, the fixed-camera "
                    + "descriptor, which also writes where in the frame each window was unusual.")
    private String backboneId;

    @Option(names = "--detector", paramLabel = "KIND",
            description = "autoencoder, knn, gaussian or centroid; default: knn with the scene backbone, gaussian "
                    + "with the others.")
    private String detector;

    @Option(names = "--window", paramLabel = "W",
            description = "Frames per window; default: 16 with the scene backbone, 32 with the others.")
    private Integer window;

    @Option(names = "--stride", paramLabel = "S",
            description = "Frames between window starts; default: 4 with the scene backbone, 8 with the others.")
    private Integer stride;

    @Option(names = "--aggregate", paramLabel = "max|mean",
            description = "A frame's score from the windows covering it; default: mean with the scene backbone, "
                    + "max with the others.")
    private String aggregate;

    @Option(names = "--smooth", paramLabel = "N", defaultValue = "0",
            description = "Centred temporal smoothing of frame scores over N frames (0: none).")
    private int smooth;

    @Option(names = "--smooth-kernel", paramLabel = "box|gaussian", defaultValue = "box",
            description = "box: moving average; gaussian: sigma = N/6. Default: ${DEFAULT-VALUE}.")
    private String smoothKernel;

    @ArgGroup(exclusive = true)
    private ThresholdChoice threshold = new ThresholdChoice();

    /** A given threshold, or a percentile of held-out normal windows: not both. */
    static final class ThresholdChoice {
        @Option(names = "--threshold", paramLabel = "X", description = "Flag frames scoring X or more.")
        Double value;

        @Option(names = "--percentile", paramLabel = "P",
                description = "Threshold at the P-th percentile of held-out normal windows' scores; default: 99.")
        Double percentile;
    }

    @Option(names = "--min-length", paramLabel = "N",
            description = "Drop flagged segments shorter than N frames; default: the stride.")
    private Integer minLength;

    @Option(names = "--gap", paramLabel = "N",
            description = "Merge segments separated by at most N frames; default: the window length.")
    private Integer gap;

    @Option(names = "--val-fraction", paramLabel = "F", defaultValue = "0.2",
            description = "Share of each training video's windows held out to set the threshold; default: "
                    + "${DEFAULT-VALUE}.")
    private double valFraction;

    @Option(names = "--max-train-windows", paramLabel = "N", defaultValue = "20000",
            description = "Past this many training windows the training stride grows; default: ${DEFAULT-VALUE}.")
    private int maxTrainWindows;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the held-out stretches and the autoencoder; default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Threads preparing windows; default: one per core.")
    private Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "16",
            description = "Windows per forward pass; default: ${DEFAULT-VALUE}.")
    private int batch;

    @Mixin
    private CacheOptions cache;

    @Mixin
    private DeviceOption device;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>();
        TimelineSettings settings = settings(problems);
        GroundTruth truth = GroundTruth.none();
        VideoFolder train = null;
        VideoFolder test = null;
        try {
            truth = groundTruth == null ? GroundTruth.none() : GroundTruth.read(groundTruth);
        } catch (IOException e) {
            problems.add(IoErrors.describe(e));
        }
        try {
            train = VideoFolder.list(trainDir);
            test = VideoFolder.list(testDir);
        } catch (IOException e) {
            problems.add(IoErrors.describe(e));
        }
        OutputPaths.folderProblem(out).ifPresent(problem -> problems.add("--out " + problem));
        if (!problems.isEmpty()) {
            problems.forEach(p -> stderr.println("error: " + p));
            return 2;
        }
        ProgressLine progress = new ProgressLine(stderr);
        for (VideoIssue issue : concat(train.issues(), test.issues())) {
            stderr.println("skipped " + issue);
        }
        try (Backbone backbone = BackboneRegistry.locate().open(backboneId, device.get())) {
            stderr.printf("timeline: %d training and %d test video(s), backbone %s on %s, window %d, stride %d%n",
                    train.videos().size(), test.videos().size(), backbone.card().id(), backbone.device(),
                    settings.windows().length(), settings.windows().stride());
            TimelineRun run = TimelineRun.builder().setBackbone(backbone).setOutput(TimelineFolder::write).setSettings(settings).optCache(cache.open())
                    .optProgressListener(progress).optOnIssue(issue -> {
                        progress.finish();
                        stderr.println("skipped " + issue);
                    }).build();
            TimelineReport report;
            try {
                report = run.run(train.videos(), test.videos(), truth, out, groundTruth != null);
            } finally {
                // the progress line goes before anything else is printed, whether the run ended or failed
                progress.finish();
            }
            report.notes().forEach(note -> stderr.println("note: " + note));
            TimelineSummary.print(stdout, report, out);
            report.truthUnmatched().forEach(name -> stderr.println("warning: ground truth names " + name
                    + ", which is not among the test videos"));
            return 0;
        } catch (TimelineException | BackboneException e) {
            stderr.println("error: " + IoErrors.describe(e));
            return 1;
        } catch (IOException e) {
            stderr.println("error: cannot write " + out + ": " + IoErrors.describe(e));
            return 1;
        }
    }

    private static List<VideoIssue> concat(List<VideoIssue> a, List<VideoIssue> b) {
        List<VideoIssue> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Every wrong setting at once, so that one run tells the user all there is to fix. */
    private TimelineSettings settings(List<String> problems) {
        TimelineSettings.Builder builder = TimelineSettings.forBackbone(backboneId).optSeed(seed);
        WindowSpec windows = TimelineSettings.defaultWindows(backboneId);
        try {
            windows = new WindowSpec(window != null ? window : windows.length(),
                    stride != null ? stride : windows.stride());
            builder.optWindows(windows);
        } catch (IllegalArgumentException e) {
            problems.add("--window/--stride: " + IoErrors.describe(e));
        }
        if (detector != null) {
            attempt(problems, "--detector", () -> builder.optDetector(DetectorKind.parse(detector)));
        }
        if (aggregate != null) {
            attempt(problems, "--aggregate", () -> builder.optAggregation(Aggregation.parse(aggregate)));
        }
        attempt(problems, "--smooth", () -> builder.optSmoothing(new Smoothing(Smoothing.Kernel.parse(smoothKernel),
                smooth)));
        attempt(problems, threshold.value != null ? "--threshold" : "--percentile", () -> builder.optThreshold(
                threshold.value != null ? ThresholdRule.fixed(threshold.value)
                        : ThresholdRule.percentileOf(threshold.percentile != null ? threshold.percentile
                        : ThresholdRule.DEFAULT_PERCENTILE)));
        SegmentRules defaults = SegmentRules.forWindows(windows);
        attempt(problems, "--min-length/--gap", () -> builder.optSegments(new SegmentRules(
                minLength != null ? minLength : defaults.minLength(), gap != null ? gap : defaults.gap())));
        attempt(problems, "--val-fraction", () -> builder.optValidationFraction(valFraction));
        attempt(problems, "--max-train-windows", () -> builder.optMaxTrainWindows(maxTrainWindows));
        attempt(problems, "--batch", () -> builder.optBatchSize(batch));
        if (threads != null) {
            attempt(problems, "--threads", () -> builder.optWorkers(threads));
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            problems.add(IoErrors.describe(e));
            return null;
        }
    }

    private static void attempt(List<String> problems, String option, Runnable setter) {
        try {
            setter.run();
        } catch (IllegalArgumentException e) {
            problems.add(option + ": " + IoErrors.describe(e));
        }
    }
}
