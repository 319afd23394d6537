package dev.vigil.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.List;

/**
 * A timeline bundle over an archive, in three stages: one task per video probes it; one task per time chunk scores
 * the chunk's windows; one task per video merges its chunks into frame scores and segments. Only probes and one
 * row per video come back to the driver; frame scores go from the executors straight into the staging datasets.
 */
final class TimelineJob {

    private TimelineJob() {
    }

    static List<VideoOutcome> run(SparkSession spark, List<VideoInput> videos, JobSettings job, String staging) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<VideoFacts> facts = jsc.parallelize(videos, videos.size()).map(v -> ChunkScoring.probe(v, job)).collect();
        List<ClipRow> clips = new ArrayList<>();
        List<VideoOutcome> outcomes = new ArrayList<>();
        List<Chunk> chunks = new ArrayList<>();
        int probed = 0;
        for (VideoFacts f : facts) {
            if (f.ok()) {
                chunks.addAll(Chunk.of(f, chunkFrames(f, job.chunkSeconds())));
                probed++;
            } else {
                outcomes.add(new VideoOutcome(ClipRow.failed(f.video(), f.failure()), 0));
            }
        }
        JavaRDD<VideoRows> scored = null;
        if (!chunks.isEmpty()) {
            scored = jsc.parallelize(chunks, chunks.size())
                    .mapToPair(c -> new Tuple2<>(c.facts().video().name(),
                            new Tuple2<>(c.facts(), ChunkScoring.score(c, job))))
                    .groupByKey(probed)
                    .map(parts -> {
                        List<ChunkScores> scores = new ArrayList<>();
                        VideoFacts f = null;
                        for (Tuple2<VideoFacts, ChunkScores> p : parts._2()) {
                            f = p._1();
                            scores.add(p._2());
                        }
                        return VideoMerge.merge(f, scores, job);
                    })
                    // kept: the three datasets are written from it, and the chunks must not be scored again
                    .persist(StorageLevel.MEMORY_AND_DISK());
            outcomes.addAll(scored.map(v -> new VideoOutcome(v.clip(), v.frameScores().length)).collect());
        }
        outcomes.forEach(o -> clips.add(o.clip()));
        Staging.write(Datasets.clipScores(spark, clips), staging, Datasets.CLIP_SCORES);
        if (scored != null) {
            Staging.write(Datasets.frameScores(spark, scored), staging, Datasets.FRAME_SCORES);
            Staging.write(Datasets.segments(spark, scored), staging, Datasets.SEGMENTS);
            scored.unpersist(false);
        }
        return outcomes;
    }

    /** Frames per chunk: the chunk's seconds at the video's rate; a video without a rate is one chunk. */
    static long chunkFrames(VideoFacts facts, double chunkSeconds) {
        double fps = facts.frameRate();
        if (!(fps > 0) || !Double.isFinite(fps)) {
            return Math.max(1, facts.frameCount());
        }
        return Math.max(1, Math.round(chunkSeconds * fps));
    }
}
