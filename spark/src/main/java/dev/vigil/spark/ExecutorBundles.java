package dev.vigil.spark;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.experiment.bundle.BundleScorer;
import dev.vigil.experiment.bundle.DetectorBundle;
import dev.vigil.experiment.bundle.TimelineBundle;
import dev.vigil.experiment.bundle.TimelineBundleScorer;
import dev.vigil.timeline.TimelineScorer;
import org.apache.spark.SparkFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The bundle on an executor, opened once per task thread and kept for the executor's life: the bundle reaches the
 * executor through Spark's file distribution ({@code SparkContext.addFile}, {@code --files}), and opening a backbone
 * (a TorchScript model above all) costs far more than scoring a short video. One per thread, because a backbone and
 * a detector are used by one caller at a time.
 */
final class ExecutorBundles {

    /** Windows per forward pass: changes speed, never scores. */
    static final int BATCH = 16;

    private static final ThreadLocal<Map<String, Object>> OPEN = ThreadLocal.withInitial(HashMap::new);

    private ExecutorBundles() {
    }

    /** The local copy of a bundle added to the job with {@code addFile}. */
    static Path local(String bundleFile) throws IOException {
        Path file = Path.of(SparkFiles.get(bundleFile));
        if (!Files.isRegularFile(file)) {
            throw new IOException("bundle " + bundleFile + " did not reach this executor (looked for " + file + ")");
        }
        return file;
    }

    /**
     * What an opened bundle is kept under: its local copy (a folder of the Spark application), size and time, so
     * that another job's bundle of the same name in a reused thread is never taken for it.
     */
    private static String key(Path file, int workers) throws IOException {
        return file + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis() + "|" + workers;
    }

    static BundleScorer clip(String bundleFile) throws IOException {
        Path file = local(bundleFile);
        String key = key(file, 0);
        Object open = OPEN.get().get(key);
        if (open == null) {
            DetectorBundle bundle = DetectorBundle.read(file);
            try {
                open = BundleScorer.open(bundle, BackboneRegistry.locate());
            } catch (IOException | RuntimeException e) {
                bundle.close();
                throw e;
            }
            OPEN.get().put(key, open);
        }
        return (BundleScorer) open;
    }

    /** The timeline scorer of a timeline bundle, with {@code workers} threads preparing windows. */
    static TimelineScorer timeline(String bundleFile, int workers) throws IOException {
        Path file = local(bundleFile);
        String key = key(file, workers);
        Object open = OPEN.get().get(key);
        if (open == null) {
            TimelineBundle bundle = TimelineBundle.read(file);
            try {
                // no embedding cache: an executor sees a window once
                open = TimelineBundleScorer.open(bundle, BackboneRegistry.locate()).scorer(null, workers, BATCH, null);
            } catch (IOException | RuntimeException e) {
                bundle.close();
                throw e;
            }
            OPEN.get().put(key, open);
        }
        return (TimelineScorer) open;
    }
}
