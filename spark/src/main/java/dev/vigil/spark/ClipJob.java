package dev.vigil.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

import java.util.List;

/** A clip bundle over an archive: one task per video, one row each in {@code clip_scores}. */
final class ClipJob {

    private ClipJob() {
    }

    static List<VideoOutcome> run(SparkSession spark, List<VideoInput> videos, JobSettings job, String staging) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<VideoOutcome> outcomes = jsc.parallelize(videos, videos.size()).map(v -> ClipScoring.score(v, job))
                .collect();
        Staging.write(Datasets.clipScores(spark, outcomes.stream().map(VideoOutcome::clip).toList()), staging,
                Datasets.CLIP_SCORES);
        return outcomes;
    }
}
