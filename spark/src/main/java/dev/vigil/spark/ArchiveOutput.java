package dev.vigil.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The output folder of a job, and what makes a re-run safe: each dataset is partitioned by video
 * ({@code clip_scores/video=NAME/}), the rows of a run are first written by Spark into a staging folder (complete or
 * not at all, by Spark's commit protocol), then each video's partitions are moved into place by renames and a
 * marker {@code _done/video=NAME} is written last. A re-run skips the videos with a marker and replaces whatever a
 * crashed run left of the others, so no video is ever half in the datasets once its marker is there.
 */
final class ArchiveOutput {

    static final String DONE = "_done";
    static final String STAGING = "_staging";
    static final String SUMMARY = "summary.json";

    private final FileSystem fs;
    private final Path root;

    private ArchiveOutput(FileSystem fs, Path root) {
        this.fs = fs;
        this.root = root;
    }

    /** @throws IOException naming the folder when it cannot be made */
    static ArchiveOutput open(String out, Configuration conf) throws IOException {
        Path path = new Path(out);
        FileSystem fs = path.getFileSystem(conf);
        Path root = fs.makeQualified(path);
        if (fs.exists(root) && !fs.getFileStatus(root).isDirectory()) {
            throw new IOException("--out " + out + ": is a file, not a folder");
        }
        if (!fs.mkdirs(root)) {
            throw new IOException("--out " + out + ": cannot make the folder");
        }
        return new ArchiveOutput(fs, root);
    }

    /** The folder of one video in every dataset and among the markers: Hive's escaping, as Spark writes it. */
    static String partition(String video) {
        return Datasets.VIDEO + "=" + ExternalCatalogUtils.escapePathName(video);
    }

    String dataset(String name) {
        return new Path(root, name).toString();
    }

    String root() {
        return root.toString();
    }

    /** The partition names of the videos a previous run finished. */
    Set<String> done() throws IOException {
        Set<String> done = new HashSet<>();
        Path markers = new Path(root, DONE);
        if (fs.exists(markers)) {
            for (FileStatus s : fs.listStatus(markers)) {
                done.add(s.getPath().getName());
            }
        }
        return done;
    }

    /** A fresh staging folder for one run's rows. */
    Path staging(String run) throws IOException {
        Path staging = new Path(new Path(root, STAGING), run);
        fs.delete(staging, true);
        return staging;
    }

    /**
     * Moves each video's staged partitions into the datasets, replacing any left by an earlier run, then marks the
     * videos that were scored as done (a failed video keeps its row but no marker, so a re-run tries it again).
     */
    void publish(Path staging, List<VideoOutcome> outcomes) throws IOException {
        for (String dataset : Datasets.ALL) {
            fs.mkdirs(new Path(root, dataset));
        }
        fs.mkdirs(new Path(root, DONE));
        for (VideoOutcome outcome : outcomes) {
            String partition = partition(outcome.clip().video());
            for (String dataset : Datasets.ALL) {
                Path target = new Path(new Path(root, dataset), partition);
                fs.delete(target, true);
                Path staged = new Path(new Path(staging, dataset), partition);
                if (fs.exists(staged) && !fs.rename(staged, target)) {
                    throw new IOException("cannot move " + staged + " to " + target);
                }
            }
            if (outcome.clip().ok()) {
                fs.create(new Path(new Path(root, DONE), partition), true).close();
            }
        }
        fs.delete(staging, true);
    }

    void writeSummary(Map<String, Object> summary) throws IOException {
        byte[] json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(summary);
        write(new Path(root, SUMMARY), json);
    }

    /** Writes a small file whole: into a temporary name first, then renamed over the old one. */
    void write(Path file, byte[] bytes) throws IOException {
        Path partial = new Path(file.getParent(), "." + file.getName() + ".partial");
        try (FSDataOutputStream out = fs.create(partial, true)) {
            out.write(bytes);
        }
        fs.delete(file, false);
        if (!fs.rename(partial, file)) {
            throw new IOException("cannot move " + partial + " to " + file);
        }
    }

    /** Moves the one CSV part file Spark wrote in {@code folder} to {@code name} in the root, then drops the folder. */
    void keepSingleCsv(Path folder, String name, String header) throws IOException {
        Path target = new Path(root, name);
        Path part = null;
        for (FileStatus s : fs.listStatus(folder)) {
            if (s.getPath().getName().startsWith("part-") && s.getLen() > 0) {
                part = s.getPath();
            }
        }
        if (part == null) {
            // no row at all: a file with the header alone, as vigil score writes for no video
            write(target, (header + "\n").getBytes(StandardCharsets.UTF_8));
        } else {
            fs.delete(target, false);
            if (!fs.rename(part, target)) {
                throw new IOException("cannot move " + part + " to " + target);
            }
        }
        fs.delete(folder, true);
    }
}
