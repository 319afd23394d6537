package dev.vigil.ui.review;

import dev.vigil.timeline.folder.TimelineResult;
import dev.vigil.ui.dataset.ClipRow;
import dev.vigil.ui.dataset.DatasetViewModel;
import dev.vigil.ui.longvideo.LongVideoReviewViewModel;
import dev.vigil.ui.results.ClipFilter;
import dev.vigil.ui.results.ResultsViewModel;
import dev.vigil.ui.results.ScoredClip;
import javafx.collections.ListChangeListener;

/**
 * What the review screen lists: the results' scored clips when there are results, else the dataset's clips unscored;
 * and the long videos of a run. It also steps through flagged clips or segments, whichever review shows.
 */
public final class ReviewFeed {

    private final ReviewViewModel review;
    private final LongVideoReviewViewModel longVideos;
    private final DatasetViewModel dataset;
    private final ResultsViewModel results;

    public ReviewFeed(ReviewViewModel review, LongVideoReviewViewModel longVideos, DatasetViewModel dataset,
                      ResultsViewModel results) {
        this.review = review;
        this.longVideos = longVideos;
        this.dataset = dataset;
        this.results = results;
        dataset.rows().addListener((ListChangeListener<ClipRow>) change -> feed());
        results.clips().addListener((ListChangeListener<ScoredClip>) change -> feed());
        // what the results list is what review lists: their Flagged filter is review's "Flagged only"
        results.filterProperty().addListener((obs, old, now) -> review.flaggedOnlyProperty()
                .set(now == ClipFilter.FLAGGED));
    }

    /** Selects a clip picked in the results, in the clips mode. */
    public void showClip(ScoredClip clip) {
        if (!clip.flaggedAt(results.thresholdProperty().get())) {
            // a clip picked among the misjudged ones may be unflagged: the review list must show it
            review.flaggedOnlyProperty().set(false);
        }
        review.selectedProperty().set(clip);
        review.modeProperty().set(ReviewMode.CLIPS);
    }

    /** Shows the long videos of a timeline run, in the long-video mode. */
    public void showLongVideos(TimelineResult result) {
        longVideos.show(result);
        review.modeProperty().set(ReviewMode.LONG_VIDEOS);
    }

    /** The next flagged clip, or the next flagged segment of a long video. */
    public void nextFlagged() {
        Runnable next = review.modeProperty().get() == ReviewMode.CLIPS ? review::nextFlagged : longVideos::nextSegment;
        next.run();
    }

    /** The previous flagged clip, or the previous flagged segment. */
    public void previousFlagged() {
        Runnable previous = review.modeProperty().get() == ReviewMode.CLIPS ? review::previousFlagged
                : longVideos::previousSegment;
        previous.run();
    }

    private void feed() {
        var detector = results.detectorProperty().get();
        review.detectorProperty().set(detector == null || results.clips().isEmpty() ? "—" : detector.name());
        if (!results.clips().isEmpty()) {
            review.setClips(results.clips());
            review.thresholdProperty().bind(results.thresholdProperty());
        } else {
            review.thresholdProperty().unbind();
            review.thresholdProperty().set(Double.NaN);
            review.setClips(dataset.rows().stream().map(row -> new ScoredClip(row.path(), row.file(), row.className(),
                    row.split(), row.anomaly(), Double.NaN)).toList());
        }
    }
}
