package dev.vigil.spark;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * {@code --csv}: each dataset, every video of the output folder included, as one CSV file beside it
 * ({@code clip_scores.csv} with the columns of {@code vigil score}'s CSV).
 */
final class CsvExport {

    private CsvExport() {
    }

    static void write(SparkSession spark, ArchiveOutput out) throws IOException {
        export(spark, out, Datasets.CLIP_SCORES, Datasets.SCORE_CSV, List.of("path"));
        export(spark, out, Datasets.FRAME_SCORES, columns(Datasets.FRAME_SCHEMA.fieldNames()), List.of("video", "frame"));
        export(spark, out, Datasets.SEGMENTS, columns(Datasets.SEGMENT_SCHEMA.fieldNames()), List.of("video", "segment"));
    }

    private static List<String> columns(String[] names) {
        return Arrays.asList(names);
    }

    private static void export(SparkSession spark, ArchiveOutput out, String dataset, List<String> columns,
                               List<String> order) throws IOException {
        Dataset<Row> rows = spark.read().schema(Datasets.schema(dataset)).parquet(out.dataset(dataset))
                .select(columns.stream().map(functions::col).toArray(Column[]::new))
                .repartition(1)
                .sortWithinPartitions(order.stream().map(functions::col).toArray(Column[]::new));
        String folder = out.root() + "/_csv/" + dataset;
        rows.write().mode(SaveMode.Overwrite).option("header", true)
                // an empty text as vigil score writes it: nothing, not ""
                .option("emptyValue", "").csv(folder);
        out.keepSingleCsv(new Path(folder), dataset + ".csv", String.join(",", columns));
    }
}
