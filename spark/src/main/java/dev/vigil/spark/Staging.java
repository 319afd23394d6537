package dev.vigil.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/** Writes a run's rows of one dataset into its staging folder, one Parquet partition per video. */
final class Staging {

    private Staging() {
    }

    static void write(Dataset<Row> rows, String staging, String dataset) {
        rows.write().mode(SaveMode.Overwrite).partitionBy(Datasets.VIDEO).parquet(staging + "/" + dataset);
    }
}
