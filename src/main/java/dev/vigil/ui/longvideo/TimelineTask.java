package dev.vigil.ui.longvideo;

import dev.vigil.backbone.Backbone;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.Progress;
import dev.vigil.progress.ProgressListener;
import dev.vigil.timeline.GroundTruth;
import dev.vigil.timeline.ThresholdAdvice;
import dev.vigil.timeline.TimelineRun;
import dev.vigil.timeline.VideoFolder;
import dev.vigil.timeline.folder.TimelineFolder;
import dev.vigil.timeline.folder.TimelineResult;
import dev.vigil.ui.common.Numbers;
import dev.vigil.ui.task.BackgroundTask;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The long-video job: the core's {@link TimelineRun} (learn normal from the training recordings, score every frame of
 * the test videos, measure against the ground truth, write the output folder), then the folder read back for the
 * review. Videos that cannot be read are named with the reason and skipped; a cancelled run writes nothing.
 */
final class TimelineTask extends BackgroundTask<TimelineResult> {

    private final TimelineJob job;
    private final TimelineEngine engine;
    private final Consumer<String> log;

    /** @param log told of skipped videos and notes, from the worker thread */
    TimelineTask(TimelineJob job, TimelineEngine engine, Consumer<String> log) {
        super("Score long videos into " + job.out().getFileName());
        this.job = job;
        this.engine = engine;
        this.log = log;
    }

    @Override
    protected TimelineResult call(ProgressListener progress, CancellationToken cancellation) throws Exception {
        progress.onProgress(new Progress("list", 0, -1, 0, -1, "Listing the videos"));
        VideoFolder train = VideoFolder.list(job.trainDir());
        VideoFolder test = VideoFolder.list(job.testDir());
        train.issues().forEach(issue -> log.accept("Skipped training video " + issue));
        test.issues().forEach(issue -> log.accept("Skipped test video " + issue));
        GroundTruth truth = job.groundTruth() == null ? GroundTruth.none() : GroundTruth.read(job.groundTruth());
        ProgressListener described = p -> progress.onProgress(new Progress(p.stage(), p.done(), p.total(),
                p.perSecond(), p.secondsLeft(), describe(p)));
        try (Backbone backbone = engine.registry().open(job.backbone(), job.device())) {
            var report = TimelineRun.builder().setBackbone(backbone).setOutput(TimelineFolder::write).setSettings(job.settings())
                    .optCache(engine.cache()).optProgressListener(described).optCancellationToken(cancellation)
                    .optOnIssue(issue -> log.accept("Skipped " + issue)).build()
                    .run(train.videos(), test.videos(), truth, job.out(), job.groundTruth() != null);
            report.notes().forEach(note -> log.accept("Note: " + note));
            ThresholdAdvice.of(report).ifPresent(warning -> log.accept("Warning: " + warning));
            report.truthUnmatched().forEach(name -> log.accept("The ground truth names " + name
                    + ", which is not among the test videos"));
        }
        progress.onProgress(new Progress("read", 0, -1, 0, -1, "Reading the timelines back"));
        return TimelineFolder.load(job.out());
    }

    /** "Learning normal: 1,200 of 5,000 frames · 410 frames/s · 9.3 s left (walk_a.mp4)". */
    static String describe(Progress p) {
        String what = switch (p.stage()) {
            case "train" -> "Learning normal from the training videos";
            case "score" -> "Scoring the test videos";
            case "fit" -> "Fitting the autoencoder";
            default -> p.stage();
        };
        String unit = p.stage().equals("fit") ? "epochs" : "frames";
        return String.format(Locale.ROOT, "%s: %,d of %,d %s · %.0f %s/s · %s left%s", what, p.done(), p.total(), unit,
                p.perSecond(), unit, Numbers.seconds(p.secondsLeft()),
                p.message() == null || p.message().isBlank() ? "" : " (" + p.message() + ")");
    }
}
