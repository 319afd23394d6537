package dev.vigil.spark;

import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** The job's entry point, for {@code spark-submit} and {@code run-local.sh}. */
@Command(name = "vigil-spark", mixinStandardHelpOptions = true,
        description = {"Scores an archive of videos with a Vigil bundle on Spark.",
                "Writes Parquet datasets clip_scores, frame_scores and segments (partitioned by video) and "
                        + "summary.json to --out; a re-run into the same --out skips the videos already done."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every video scored", "1:some video could not be scored (clip_scores says why)",
                "2:bad arguments, bundle, input or output folder"})
public final class ScoreArchive implements Callable<Integer> {

    @Option(names = "--bundle", required = true, description = "the .vigil bundle (clip or timeline)")
    String bundle;

    @Option(names = "--videos", required = true, description = "a folder of videos or a text file of paths/URIs")
    String videos;

    @Option(names = "--out", required = true, description = "the output folder")
    String out;

    @Option(names = "--master", description = "Spark master, e.g. local[2]; default: the one spark-submit sets")
    String master;

    @Option(names = "--csv", description = "also write clip_scores.csv, frame_scores.csv and segments.csv")
    boolean csv;

    @Option(names = "--chunk-seconds", defaultValue = "120",
            description = "length of the time chunks a long video is cut into (default: ${DEFAULT-VALUE})")
    double chunkSeconds;

    @Option(names = "--threads", defaultValue = "1",
            description = "threads preparing windows in one task; tasks already run one per executor core "
                    + "(default: ${DEFAULT-VALUE})")
    int threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ScoreArchive()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ArchiveJob.Options options;
        try {
            options = new ArchiveJob.Options(bundle, videos, out, csv, chunkSeconds, threads);
        } catch (IllegalArgumentException e) {
            err.println("vigil-spark: " + e.getMessage());
            return 2;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("vigil-score-archive");
        if (master != null) {
            builder.master(master);
        }
        SparkSession spark = builder.getOrCreate();
        try {
            ArchiveJob.Summary summary = ArchiveJob.run(spark, options);
            for (ClipRow failed : summary.failures()) {
                err.println("vigil-spark: " + failed.path() + ": " + failed.reason());
            }
            spec.commandLine().getOut().printf(java.util.Locale.ROOT,
                    "vigil-spark: %d video(s), %d done (%d by an earlier run), %d failed, %d frames in %.1f s; "
                            + "output in %s%n", summary.videos(), summary.done(), summary.skipped(), summary.failed(),
                    summary.frames(), summary.seconds(), out);
            return summary.failed() == 0 ? 0 : 1;
        } catch (IOException e) {
            err.println("vigil-spark: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }
}
