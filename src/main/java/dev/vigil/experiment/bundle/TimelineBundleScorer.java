package dev.vigil.experiment.bundle;

import dev.vigil.backbone.Backbone;
import dev.vigil.backbone.BackboneException;
import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.CellGrid;
import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.timeline.FrameRange;
import dev.vigil.timeline.TimelineException;
import dev.vigil.timeline.TimelineRecipe;
import dev.vigil.timeline.TimelineReport;
import dev.vigil.timeline.TimelineScorer;
import dev.vigil.timeline.VideoEntry;
import dev.vigil.timeline.VideoIssue;
import dev.vigil.timeline.VideoScoring;
import dev.vigil.timeline.WindowEmbedder;
import dev.vigil.timeline.folder.TimelineFolder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Applies a {@link TimelineBundle} to long videos: opens the backbone its card names, and scores each video with the
 * timeline's own scorer ({@link TimelineScorer}, {@link VideoScoring}) under the bundle's windows, aggregation,
 * smoothing, threshold and segment rules, so that a video gets the frame scores, segments and anomaly maps the
 * timeline run that made the bundle would give it. The output is a timeline output folder ({@link TimelineFolder}).
 */
public final class TimelineBundleScorer implements AutoCloseable {

    private final TimelineBundle bundle;
    private final Backbone backbone;

    private TimelineBundleScorer(TimelineBundle bundle, Backbone backbone) {
        this.bundle = bundle;
        this.backbone = backbone;
    }

    /**
     * Opens the backbone a bundle needs and checks that the bundle's detector and anomaly-map model fit it.
     *
     * @throws IOException naming the bundle and what is missing or different
     */
    public static TimelineBundleScorer open(TimelineBundle bundle, BackboneRegistry registry) throws IOException {
        Backbone backbone = BundleScorer.openBackbone(bundle.name(), bundle.backbone(), null, registry);
        try {
            Optional<CellGrid> grid = backbone.cells();
            // on a backbone laid out on cells the detector ranks only the coarser levels; the finest make the maps
            int ranked = grid.map(CellGrid::rankingSize).orElse(backbone.card().embeddingSize());
            if (bundle.detector().dimension() != ranked) {
                throw new IOException("bundle " + bundle.name() + ": its detector takes " + bundle.detector()
                        .dimension() + "-value embeddings, its backbone '" + backbone.card().id() + "' gives "
                        + ranked);
            }
            if (grid.isPresent() && (bundle.maps() == null || !bundle.maps().grid().equals(grid.get()))) {
                throw new IOException("bundle " + bundle.name() + ": " + (bundle.maps() == null ? "no "
                        + TimelineBundle.CELL_MAPS + ", which the anomaly maps of backbone '" + backbone.card().id()
                        + "' need" : "its anomaly-map model is laid out on " + bundle.maps().grid() + ", backbone '"
                        + backbone.card().id() + "' on " + grid.get()));
            }
            return new TimelineBundleScorer(bundle, backbone);
        } catch (IOException | RuntimeException e) {
            backbone.close();
            throw e;
        }
    }

    /** The backbone in use. */
    public Backbone backbone() {
        return backbone;
    }

    /**
     * The timeline scorer of the bundle's recipe on this backbone, for whoever scores a video in parts.
     *
     * @param cache window embedding cache, or null
     */
    public TimelineScorer scorer(EmbeddingCache cache, int workers, int batchSize, CancellationToken token) {
        TimelineRecipe recipe = bundle.recipe().withMachine(workers, batchSize);
        WindowEmbedder embedder = new WindowEmbedder(backbone, cache, workers, batchSize, token);
        return new TimelineScorer(embedder, bundle.detector(), recipe.threshold().value(), recipe.settings(),
                bundle.maps());
    }

    /**
     * Scores videos and writes the output folder {@code out} (nothing is written when no video could be scored).
     *
     * @param videos  the videos; their names are those of every output file
     * @param skipped videos already known to be unusable, listed in the output with the others that fail
     * @param cache   window embedding cache, or null
     * @param onSkip  told of each video that fails, as soon as it does
     * @throws TimelineException when no video could be scored
     */
    public TimelineReport score(List<VideoEntry> videos, List<VideoIssue> skipped, Path out, EmbeddingCache cache,
                                int workers, int batchSize, ProgressListener listener, CancellationToken token,
                                Consumer<VideoIssue> onSkip) throws TimelineException, BackboneException, IOException {
        TimelineRecipe recipe = bundle.recipe().withMachine(workers, batchSize);
        TimelineScorer scorer = scorer(cache, workers, batchSize, token);
        List<VideoIssue> failed = new ArrayList<>(skipped);
        VideoScoring.Outcome outcome = VideoScoring.scoreAll(scorer, videos, listener, token, issue -> {
            failed.add(issue);
            onSkip.accept(issue);
        });
        if (outcome.timelines().isEmpty()) {
            throw new TimelineException("none of the " + (videos.size() + skipped.size()) + " video(s) could be "
                    + "scored" + (failed.isEmpty() ? "" : "; " + failed.get(failed.size() - 1)));
        }
        List<List<FrameRange>> noEvents = Collections.nCopies(outcome.timelines().size(), List.of());
        TimelineReport report = new TimelineReport(backbone.card().id(), bundle.detector().name(), recipe.settings(),
                recipe.threshold(), recipe.training(), outcome.timelines(), noEvents, Optional.empty(), failed,
                outcome.notes(), List.of());
        TimelineFolder.write(out, report, bundle.detector(), bundle.maps(), backbone);
        return report;
    }

    @Override
    public void close() {
        backbone.close();
    }
}
