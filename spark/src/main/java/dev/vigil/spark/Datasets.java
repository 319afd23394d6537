package dev.vigil.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/** The three output datasets: their names, columns, and rows made from what the tasks return. */
final class Datasets {

    static final String CLIP_SCORES = "clip_scores";
    static final String FRAME_SCORES = "frame_scores";
    static final String SEGMENTS = "segments";
    static final List<String> ALL = List.of(CLIP_SCORES, FRAME_SCORES, SEGMENTS);
    /** The column every dataset is partitioned by. */
    static final String VIDEO = "video";
    /** The columns of {@code vigil score}'s CSV, in its order. */
    static final List<String> SCORE_CSV = List.of("path", "score", "verdict", "reason");

    static final StructType CLIP_SCHEMA = new StructType()
            .add(VIDEO, DataTypes.StringType, false)
            .add("path", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, true)
            .add("verdict", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType, false);

    /** As the timeline's frame_scores.csv: frame 1-based, time of its start in seconds. */
    static final StructType FRAME_SCHEMA = new StructType()
            .add(VIDEO, DataTypes.StringType, false)
            .add("frame", DataTypes.IntegerType, false)
            .add("time", DataTypes.DoubleType, false)
            .add("score", DataTypes.DoubleType, false);

    static final StructType SEGMENT_SCHEMA = new StructType()
            .add(VIDEO, DataTypes.StringType, false)
            .add("segment", DataTypes.IntegerType, false)
            .add("start_frame", DataTypes.LongType, false)
            .add("end_frame", DataTypes.LongType, false)
            .add("start_time", DataTypes.DoubleType, false)
            .add("end_time", DataTypes.DoubleType, false)
            .add("frames", DataTypes.LongType, false)
            .add("peak_frame", DataTypes.LongType, false)
            .add("peak_score", DataTypes.DoubleType, false)
            .add("box_x", DataTypes.IntegerType, true)
            .add("box_y", DataTypes.IntegerType, true)
            .add("box_w", DataTypes.IntegerType, true)
            .add("box_h", DataTypes.IntegerType, true);

    private Datasets() {
    }

    static StructType schema(String dataset) {
        return switch (dataset) {
            case CLIP_SCORES -> CLIP_SCHEMA;
            case FRAME_SCORES -> FRAME_SCHEMA;
            case SEGMENTS -> SEGMENT_SCHEMA;
            default -> throw new IllegalArgumentException("no dataset " + dataset);
        };
    }

    static Dataset<Row> clipScores(SparkSession spark, List<ClipRow> clips) {
        List<Row> rows = new ArrayList<>();
        for (ClipRow c : clips) {
            rows.add(RowFactory.create(c.video(), c.path(), c.score(), c.verdict(), c.reason()));
        }
        return spark.createDataFrame(rows, CLIP_SCHEMA);
    }

    static Dataset<Row> frameScores(SparkSession spark, JavaRDD<VideoRows> videos) {
        JavaRDD<Row> rows = videos.flatMap(v -> {
            List<Row> out = new ArrayList<>(v.frameScores().length);
            for (int f = 0; f < v.frameScores().length; f++) {
                out.add(RowFactory.create(v.clip().video(), f + 1, f / v.fps(), v.frameScores()[f]));
            }
            return out.iterator();
        });
        return spark.createDataFrame(rows, FRAME_SCHEMA);
    }

    static Dataset<Row> segments(SparkSession spark, JavaRDD<VideoRows> videos) {
        JavaRDD<Row> rows = videos.flatMap(v -> v.segments().stream().map(s -> RowFactory.create(v.clip().video(),
                s.segment(), s.startFrame(), s.endFrame(), s.startTime(), s.endTime(), s.frames(), s.peakFrame(),
                s.peakScore(), s.boxX(), s.boxY(), s.boxW(), s.boxH())).iterator());
        return spark.createDataFrame(rows, SEGMENT_SCHEMA);
    }
}
