package dev.vigil.spark;

import dev.vigil.timeline.AnomalyMaps;
import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.FrameWindow;
import dev.vigil.timeline.TimelineScorer;
import dev.vigil.timeline.VideoEntry;
import dev.vigil.timeline.VideoTimeline;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The second stage of a video: its chunks' window scores put back in the order of the video's plan, and turned into
 * frame scores, smoothing and segments by the one-machine scorer ({@link TimelineScorer#assemble}), so that the
 * result is the one a single pass over the whole video gives.
 */
final class VideoMerge {

    private VideoMerge() {
    }

    static VideoRows merge(VideoFacts facts, Iterable<ChunkScores> parts, JobSettings job) {
        VideoInput video = facts.video();
        List<ChunkScores> chunks = new ArrayList<>();
        parts.forEach(chunks::add);
        chunks.sort(Comparator.comparingInt(ChunkScores::chunk));
        for (ChunkScores c : chunks) {
            if (c.failure() != null) {
                return VideoRows.failed(video, c.failure());
            }
        }
        try {
            job.drill("the merge of " + video.name());
            TimelineScorer scorer = ExecutorBundles.timeline(job.bundleFile(), job.workers());
            // the merge reads no frame: the path is only named in messages
            VideoInfo info = facts.info(Path.of(video.path()));
            List<FrameWindow> plan = scorer.plan(info);
            double[] scores = TimelineScorer.newScores(plan.size());
            float[][] maps = scorer.newMaps(plan.size());
            long frames = info.frameCount();
            for (ChunkScores c : chunks) {
                for (int i = 0; i < c.windows().length; i++) {
                    scores[c.windows()[i]] = c.scores()[i];
                    if (maps != null) {
                        maps[c.windows()[i]] = c.maps()[i];
                    }
                }
                if (c.endedAt() >= 0) {
                    frames = Math.min(frames, c.endedAt());
                }
            }
            VideoTimeline timeline = scorer.assemble(new VideoEntry(video.name(), info.file()), info, plan, scores,
                    maps, (int) frames);
            String note = frames < info.frameCount() ? "only " + frames + " of the " + info.frameCount()
                    + " frames it declares could be decoded (truncated?); scored those" : "";
            return rows(video, timeline, note);
        } catch (VideoException e) {
            return VideoRows.failed(video, e.reason());
        } catch (IOException e) {
            return VideoRows.failed(video, e.getMessage());
        }
    }

    private static VideoRows rows(VideoInput video, VideoTimeline timeline, String note) {
        double peak = Double.NEGATIVE_INFINITY;
        for (double s : timeline.frameScores()) {
            peak = Math.max(peak, s);
        }
        List<VideoRows.Segment> segments = new ArrayList<>();
        int n = 0;
        for (FlaggedSegment s : timeline.segments()) {
            Optional<AnomalyMaps.Box> box = timeline.boxOf(s);
            segments.add(new VideoRows.Segment(++n, s.first() + 1, s.last() + 1, s.startSeconds(timeline.fps()),
                    s.endSeconds(timeline.fps()), s.frames(), s.peakFrame() + 1, s.peakScore(),
                    box.map(AnomalyMaps.Box::x).orElse(null), box.map(AnomalyMaps.Box::y).orElse(null),
                    box.map(AnomalyMaps.Box::width).orElse(null), box.map(AnomalyMaps.Box::height).orElse(null)));
        }
        ClipRow clip = ClipRow.scored(video, peak, !segments.isEmpty(), note);
        return new VideoRows(clip, timeline.fps(), timeline.frameScores(), segments);
    }
}
