package dev.vigil.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.nio.file.Path;
import java.util.List;

/** Reads a job's output back, as a user of the datasets would. */
final class Output {

    private Output() {
    }

    static double[] frameScores(SparkSession spark, Path out, String video) {
        List<Row> rows = spark.read().parquet(out.resolve(Datasets.FRAME_SCORES).toString())
                .where(functions.col("video").equalTo(video)).orderBy("frame").collectAsList();
        double[] scores = new double[rows.size()];
        for (int i = 0; i < scores.length; i++) {
            if (rows.get(i).<Integer>getAs("frame") != i + 1) {
                throw new AssertionError(video + ": frame " + (i + 1) + " missing or twice");
            }
            scores[i] = rows.get(i).getAs("score");
        }
        return scores;
    }

    /** The segments of a video as "start-end peak" (1-based frames), in order. */
    static List<String> segments(SparkSession spark, Path out, String video) {
        return spark.read().parquet(out.resolve(Datasets.SEGMENTS).toString())
                .where(functions.col("video").equalTo(video)).orderBy("segment").collectAsList().stream()
                .map(r -> r.getAs("start_frame") + "-" + r.getAs("end_frame") + " peak " + r.getAs("peak_frame")
                        + " box " + r.getAs("box_x") + "," + r.getAs("box_y") + "," + r.getAs("box_w") + ","
                        + r.getAs("box_h"))
                .toList();
    }

    static List<Row> clipScores(SparkSession spark, Path out) {
        return spark.read().parquet(out.resolve(Datasets.CLIP_SCORES).toString()).orderBy("path").collectAsList();
    }
}
