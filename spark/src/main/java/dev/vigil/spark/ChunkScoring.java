package dev.vigil.spark;

import dev.vigil.backbone.BackboneException;
import dev.vigil.timeline.FrameWindow;
import dev.vigil.timeline.StreamStats;
import dev.vigil.timeline.TimelineScorer;
import dev.vigil.video.FrameSourceOpener;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;

import java.io.IOException;
import java.util.List;

/**
 * The two kinds of task of a timeline bundle before the merge: probing a video (frame count, rate, size), and
 * scoring the windows of one chunk with the one-machine scorer ({@link TimelineScorer#scoreWindows}), decoding from a
 * seek point at the chunk's first window.
 */
final class ChunkScoring {

    /** FFmpeg decoding threads per task, as the one-machine pass decodes: the executor's cores run tasks. */
    private static final int DECODE_THREADS = 1;

    private ChunkScoring() {
    }

    static VideoFacts probe(VideoInput video, JobSettings job) {
        try (LocalFile local = LocalFile.of(video.uri(), job.hadoop().get())) {
            return VideoFacts.of(video, VideoProbe.probe(local.file()));
        } catch (VideoException e) {
            return VideoFacts.failed(video, e.reason());
        } catch (IOException e) {
            return VideoFacts.failed(video, e.getMessage());
        }
    }

    static ChunkScores score(Chunk chunk, JobSettings job) {
        if (chunk.index() == 0) {
            job.drill("chunk 1 of " + chunk.facts().video().name());
        }
        try (LocalFile local = LocalFile.of(chunk.facts().video().uri(), job.hadoop().get())) {
            TimelineScorer scorer = ExecutorBundles.timeline(job.bundleFile(), job.workers());
            VideoInfo info = chunk.facts().info(local.file());
            List<FrameWindow> plan = scorer.plan(info);
            List<FrameWindow> mine = plan.stream().filter(w -> chunk.holdsWindowStartingAt(w.first())).toList();
            if (mine.isEmpty()) {
                return new ChunkScores(chunk.index(), new int[0], new double[0], null, -1, null);
            }
            double[] scores = TimelineScorer.newScores(plan.size());
            float[][] maps = scorer.newMaps(plan.size());
            long start = mine.get(0).first();
            StreamStats stats = scorer.scoreWindows(info, FrameSourceOpener.fileFrom(local.file(), DECODE_THREADS,
                    start), mine, scores, maps, frames -> { });
            int[] indices = mine.stream().mapToInt(FrameWindow::index).toArray();
            double[] mineScores = new double[indices.length];
            float[][] mineMaps = maps == null ? null : new float[indices.length][];
            for (int i = 0; i < indices.length; i++) {
                mineScores[i] = scores[indices[i]];
                if (maps != null) {
                    mineMaps[i] = maps[indices[i]];
                }
            }
            long endedAt = stats.endOfStream() ? start + stats.framesDecoded() : -1;
            return new ChunkScores(chunk.index(), indices, mineScores, mineMaps, endedAt, null);
        } catch (VideoException e) {
            return ChunkScores.failed(chunk.index(), e.reason());
        } catch (IOException | BackboneException e) {
            return ChunkScores.failed(chunk.index(), e.getMessage());
        }
    }
}
