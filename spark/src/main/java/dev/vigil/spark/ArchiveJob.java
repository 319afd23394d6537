package dev.vigil.spark;

import dev.vigil.experiment.bundle.BundleKind;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Scores an archive of videos with a bundle on a Spark cluster: checks the bundle, lists the videos, skips those a
 * previous run into the same output finished, scores the rest (a clip bundle one task per video, a timeline bundle
 * in time chunks), publishes each video's rows, and writes {@code summary.json} (and the CSV files on request).
 */
public final class ArchiveJob {

    /**
     * @param bundle       the {@code .vigil} bundle (a local path or a Hadoop URI)
     * @param videos       a folder of videos or a text file listing them
     * @param out          the output folder
     * @param csv          also write each dataset as one CSV file
     * @param chunkSeconds length of the time chunks of a long video (timeline bundles)
     * @param workers      threads preparing windows in one task
     */
    public record Options(String bundle, String videos, String out, boolean csv, double chunkSeconds, int workers) {

        public Options {
            if (!(chunkSeconds > 0)) {
                throw new IllegalArgumentException("chunk seconds must be more than 0, got " + chunkSeconds);
            }
            if (workers < 1) {
                throw new IllegalArgumentException("workers must be at least 1, got " + workers);
            }
        }
    }

    /**
     * What a run did.
     *
     * @param videos   videos in the input
     * @param done     videos of the input scored, in this run or an earlier one
     * @param skipped  videos an earlier run had scored, not scored again
     * @param failures the rows of the videos that failed in this run, with their reasons
     * @param frames   frames scored in this run
     * @param seconds  wall time of this run
     */
    public record Summary(int videos, int done, int skipped, List<ClipRow> failures, long frames, double seconds) {

        public int failed() {
            return failures.size();
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("videos", videos);
            json.put("done", done);
            json.put("failed", failed());
            json.put("skipped", skipped);
            json.put("frames", frames);
            json.put("seconds", Math.round(seconds * 1000) / 1000.0);
            return json;
        }
    }

    /** Spark setting of the fault drill: the first attempt of tasks dies (see {@link JobSettings}). */
    public static final String FAULT_DRILL = "spark.vigil.failFirstAttempt";

    private ArchiveJob() {
    }

    /** @throws IOException naming the bundle, the input or the output folder and the reason */
    public static Summary run(SparkSession spark, Options options) throws IOException {
        long start = System.nanoTime();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        BundleKind kind = BundleCheck.kind(options.bundle(), conf);
        List<VideoInput> inputs = VideoInputs.list(options.videos(), conf);
        ArchiveOutput out = ArchiveOutput.open(options.out(), conf);
        Set<String> done = out.done();
        List<VideoInput> todo = new ArrayList<>();
        for (VideoInput v : inputs) {
            if (!done.contains(ArchiveOutput.partition(v.name()))) {
                todo.add(v);
            }
        }
        List<VideoOutcome> outcomes = List.of();
        if (!todo.isEmpty()) {
            spark.sparkContext().addFile(options.bundle());
            JobSettings job = new JobSettings(BundleCheck.fileName(options.bundle()), options.workers(),
                    options.chunkSeconds(), new HadoopConf(conf),
                    Boolean.parseBoolean(spark.conf().get(FAULT_DRILL, "false")));
            String staging = out.staging(UUID.randomUUID().toString()).toString();
            outcomes = kind == BundleKind.CLIP ? ClipJob.run(spark, todo, job, staging)
                    : TimelineJob.run(spark, todo, job, staging);
            out.publish(new org.apache.hadoop.fs.Path(staging), outcomes);
        }
        if (options.csv()) {
            CsvExport.write(spark, out);
        }
        List<ClipRow> failures = outcomes.stream().map(VideoOutcome::clip).filter(c -> !c.ok()).toList();
        long frames = outcomes.stream().mapToLong(VideoOutcome::frames).sum();
        int skipped = inputs.size() - todo.size();
        Summary summary = new Summary(inputs.size(), skipped + outcomes.size() - failures.size(), skipped, failures,
                frames, (System.nanoTime() - start) / 1e9);
        out.writeSummary(summary.json());
        return summary;
    }
}
