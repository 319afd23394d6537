package dev.vigil.timeline;

import dev.vigil.backbone.Backbone;
import dev.vigil.backbone.BackboneException;
import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A whole timeline run: train a detector on long normal recordings, score long test videos frame by frame, measure
 * against ground truth, and hand the output to a {@link TimelineOutput} (the output folder's writer). A video that cannot be read is
 * reported (name and reason) and skipped; the others go on.
 *
 * <pre>{@code
 * try (Backbone backbone = BackboneRegistry.locate().open("builtin")) {
 *     TimelineReport report = TimelineRun.builder().setBackbone(backbone)
 *             .setSettings(TimelineSettings.builder().build()).setOutput(TimelineFolder::write).optCache(EmbeddingCache.atDefaultLocation())
 *             .optProgressListener(listener).optCancellationToken(token).build()
 *             .run(VideoFolder.list(trainDir).videos(), VideoFolder.list(testDir).videos(),
 *                     GroundTruth.read(gtFile), outDir, true);
 * }
 * }</pre>
 */
public final class TimelineRun {

    private final Backbone backbone;
    private final TimelineSettings settings;
    private final WindowEmbedder embedder;
    private final ProgressListener listener;
    private final CancellationToken token;
    private final Consumer<VideoIssue> onIssue;
    private final TimelineOutput output;

    private TimelineRun(Builder builder) {
        this.backbone = builder.backbone;
        this.settings = builder.settings;
        this.listener = builder.listener;
        this.token = builder.token;
        this.onIssue = builder.onIssue;
        this.output = builder.output;
        this.embedder = new WindowEmbedder(backbone, builder.cache, settings.workers(), settings.batchSize(), token);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Trains, scores, measures and writes {@code out} (nothing is written when it fails or is cancelled).
     *
     * @param truth {@link GroundTruth#none()} when there is none: then no metrics are computed
     * @throws TimelineException when no training window or no test video could be used
     */
    public TimelineReport run(List<VideoEntry> train, List<VideoEntry> test, GroundTruth truth, Path out,
                              boolean measure) throws TimelineException, BackboneException, IOException {
        if (test.isEmpty()) {
            throw new TimelineException("no test video to score");
        }
        List<VideoIssue> skipped = new ArrayList<>();
        try (TrainedTimeline trained = new TimelineTrainer(embedder, settings, listener, token).train(train)) {
            trained.issues().forEach(issue -> skip(skipped, place(issue, "train", train)));
            double threshold = trained.threshold().value();
            TimelineScorer scorer = new TimelineScorer(embedder, trained.detector(), threshold, settings,
                    trained.cellMaps().orElse(null));
            VideoScoring.Outcome outcome = VideoScoring.scoreAll(scorer, test, listener, token,
                    issue -> skip(skipped, place(issue, "test", test)));
            List<VideoTimeline> timelines = outcome.timelines();
            List<VideoIssue> notes = outcome.notes();
            if (timelines.isEmpty()) {
                throw new TimelineException("none of the " + test.size() + " test video(s) could be scored"
                        + (skipped.isEmpty() ? "" : "; " + skipped.get(skipped.size() - 1)));
            }
            List<List<FrameRange>> events = new ArrayList<>();
            List<LabelledVideo> labelled = new ArrayList<>();
            List<String> matched = new ArrayList<>();
            for (VideoTimeline t : timelines) {
                List<FrameRange> ranges = truth.eventsOf(t.name());
                events.add(ranges);
                String name = truth.nameOf(t.name());
                if (name != null) {
                    matched.add(name);
                }
                labelled.add(new LabelledVideo(t.name(), t.frameScores(), GroundTruth.labels(ranges, t.frames()),
                        t.segments(), ranges));
            }
            List<String> unmatched = truth.videos().stream().filter(name -> !matched.contains(name)).toList();
            Optional<TimelineMetrics> metrics = measure ? Optional.of(TimelineMetrics.of(labelled)) : Optional.empty();
            TimelineReport report = new TimelineReport(backbone.card().id(), trained.detector().name(), settings,
                    trained.threshold(), new TimelineReport.TrainingCounts(trained.videos(), trained.trainStride(),
                    trained.trainWindows(), trained.heldOutWindows()), timelines, events, metrics, skipped, notes, unmatched);
            output.write(out, report, trained.detector(), trained.cellMaps().orElse(null), backbone);
            return report;
        }
    }

    /** The issue with the set it came from and its file, so that skipped.csv says which video of which folder. */
    private static VideoIssue place(VideoIssue issue, String set, List<VideoEntry> videos) {
        return issue.in(set, videos.stream().filter(v -> v.name().equals(issue.video())).map(VideoEntry::file)
                .findFirst().map(f -> f.toAbsolutePath().normalize()).orElse(null));
    }

    private void skip(List<VideoIssue> skipped, VideoIssue issue) {
        skipped.add(issue);
        onIssue.accept(issue);
    }

    /** What a run needs; the backbone, the settings and the output are required. */
    public static final class Builder {
        private Backbone backbone;
        private TimelineSettings settings;
        private EmbeddingCache cache;
        private ProgressListener listener = ProgressListener.NONE;
        private CancellationToken token = CancellationToken.none();
        private Consumer<VideoIssue> onIssue = issue -> { };
        private TimelineOutput output;

        private Builder() {
        }

        /** The backbone that embeds the windows; the caller opens and closes it. */
        public Builder setBackbone(Backbone backbone) {
            this.backbone = backbone;
            return this;
        }

        public Builder setSettings(TimelineSettings settings) {
            this.settings = settings;
            return this;
        }

        /** Writes the finished run: {@code TimelineFolder::write} for an output folder. */
        public Builder setOutput(TimelineOutput output) {
            this.output = output;
            return this;
        }

        /** Where window embeddings are cached; null (the default) for no cache. */
        public Builder optCache(EmbeddingCache cache) {
            this.cache = cache;
            return this;
        }

        public Builder optProgressListener(ProgressListener listener) {
            this.listener = listener == null ? ProgressListener.NONE : listener;
            return this;
        }

        public Builder optCancellationToken(CancellationToken token) {
            this.token = token == null ? CancellationToken.none() : token;
            return this;
        }

        /** Told of each skipped video as soon as it is skipped (default: nobody). */
        public Builder optOnIssue(Consumer<VideoIssue> onIssue) {
            this.onIssue = onIssue == null ? issue -> { } : onIssue;
            return this;
        }

        public TimelineRun build() {
            if (backbone == null || settings == null || output == null) {
                throw new IllegalStateException("a timeline run needs a backbone, settings and an output (setBackbone, "
                        + "setSettings, setOutput)");
            }
            return new TimelineRun(this);
        }
    }
}
