package dev.vigil.timeline;

import dev.vigil.backbone.BackboneException;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.progress.ProgressMeter;
import dev.vigil.video.VideoException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Scores test videos one after another with a {@link TimelineScorer}: the part of a timeline run after training,
 * shared by {@link TimelineRun} and by the scoring of a timeline bundle, so that both give the same numbers. A video
 * that cannot be read is handed to {@code skip} with its reason and the others go on.
 */
public final class VideoScoring {

    private VideoScoring() {
    }

    /**
     * The videos that could be scored, in the order given.
     *
     * @param timelines the scored videos
     * @param notes     videos scored only in part (the file ended before the frames it declares)
     */
    public record Outcome(List<VideoTimeline> timelines, List<VideoIssue> notes) {
    }

    public static Outcome scoreAll(TimelineScorer scorer, List<VideoEntry> videos, ProgressListener listener,
                                   CancellationToken token, Consumer<VideoIssue> skip) throws BackboneException {
        List<ProbedVideo> readable = ProbedVideo.probeAll(videos, token, skip);
        ProgressMeter meter = new ProgressMeter("score", ProbedVideo.frames(readable),
                listener == null ? ProgressListener.NONE : listener);
        List<VideoTimeline> timelines = new ArrayList<>();
        List<VideoIssue> notes = new ArrayList<>();
        for (ProbedVideo v : readable) {
            String name = v.entry().name();
            try {
                TimelineScorer.Scored scored = scorer.score(v.entry(), v.info(), done -> meter.advance(done, name));
                timelines.add(scored.timeline());
                if (scored.stats().endOfStream()) {
                    notes.add(new VideoIssue(name, "only " + scored.timeline().frames() + " of the "
                            + v.info().frameCount() + " frames it declares could be decoded (truncated?); "
                            + "scored those"));
                }
            } catch (VideoException e) {
                skip.accept(new VideoIssue(name, e.reason()));
            }
        }
        return new Outcome(timelines, notes);
    }
}
