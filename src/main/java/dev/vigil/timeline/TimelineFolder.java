package dev.vigil.timeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.backbone.Backbone;
import dev.vigil.backbone.ModelCards;
import dev.vigil.detector.Detector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output folder of a timeline run. Frames are numbered from 1 and ranges include both ends in every file, as in
 * the ground-truth CSV, so a segments file can be laid beside the truth as it is; times are seconds from the start
 * of the video to the start of the frame.
 *
 * <table>
 *   <caption>Files</caption>
 *   <tr><td>{@value #INDEX}</td><td>settings, threshold, per video its file, frame rate, frames and windows, the
 *       skipped videos; written last: a folder without it is incomplete</td></tr>
 *   <tr><td>{@value #FRAME_SCORES}</td><td>{@code video,frame,time,score}: every frame of every test video</td></tr>
 *   <tr><td>{@value #WINDOW_SCORES}</td><td>{@code video,window,start_frame,end_frame,score}</td></tr>
 *   <tr><td>{@value #SEGMENTS}</td><td>{@code video,segment,start_frame,end_frame,start_time,end_time,frames,
 *       peak_frame,peak_score,truth} (truth: {@code hit} or {@code false alarm}, empty without ground truth)</td></tr>
 *   <tr><td>{@value #METRICS}</td><td>frame-level AUROC (micro), per-video AUROC and their mean, event hits and
 *       false alarms; only with ground truth</td></tr>
 *   <tr><td>{@value #SKIPPED}</td><td>{@code video,reason}</td></tr>
 *   <tr><td>{@value #DETECTOR}</td><td>the trained detector ({@link Detector#load})</td></tr>
 *   <tr><td>{@value #CELL_MAPS}</td><td>each place's normal for the anomaly maps ({@link CellMapModel#read}); only
 *       for a backbone laid out on cells</td></tr>
 *   <tr><td>{@value #BACKBONE}</td><td>the backbone's model card with the {@code version} of its computation</td></tr>
 * </table>
 * Every file is written whole or not at all (temporary file, then rename).
 */
public final class TimelineFolder {

    public static final String INDEX = "timeline.json";
    public static final String FRAME_SCORES = "frame_scores.csv";
    public static final String WINDOW_SCORES = "window_scores.csv";
    public static final String SEGMENTS = "segments.csv";
    public static final String METRICS = "metrics.json";
    public static final String SKIPPED = "skipped.csv";
    public static final String DETECTOR = "detector.bin";
    public static final String CELL_MAPS = "cell_maps.bin";
    public static final String BACKBONE = "backbone.json";
    /**
     * Per window, its anomaly map (backbones laid out on cells): {@code video,window,cell_1,…,cell_N}, cells row
     * after row from the top left of a {@code columns × rows} grid that timeline.json's {@code anomaly_maps} gives.
     */
    public static final String ANOMALY_MAPS = "anomaly_maps.csv";

    private TimelineFolder() {
    }

    /**
     * Writes a run's output into {@code dir} (created if needed); the index comes last.
     *
     * @param maps     each place's normal, or null for a backbone without cells
     * @param backbone the backbone that embedded the windows: its card and version are kept beside the detector
     */
    public static void write(Path dir, TimelineReport report, Detector detector, CellMapModel maps, Backbone backbone)
            throws IOException {
        TimelineWriter.write(dir, report, detector, maps, backboneJson(backbone));
    }

    /** The model card of a backbone as {@value #BACKBONE} keeps it, with the version of its computation. */
    static ObjectNode backboneJson(Backbone backbone) throws IOException {
        ObjectNode node = (ObjectNode) TimelineWriter.JSON.readTree(ModelCards.toJson(backbone.card()));
        node.put("version", backbone.version());
        return node;
    }

    /** The settings, threshold and training counts of an output folder, read from its index alone. */
    public static TimelineRecipe recipe(Path dir) throws IOException {
        return TimelineReader.recipe(dir);
    }

    /** Reads an output folder back; errors name the file, the row and the reason. */
    public static TimelineResult load(Path dir) throws IOException {
        return TimelineReader.read(dir);
    }

    /** True when {@code dir} is a finished output folder (it has its {@value #INDEX}). */
    public static boolean isTimeline(Path dir) {
        return Files.isRegularFile(dir.resolve(INDEX));
    }

    /** The finished output folders directly under {@code parent} (a runs folder), newest first. */
    public static List<Path> list(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(parent)) {
            List<Path> found = new ArrayList<>(entries.filter(TimelineFolder::isTimeline).toList());
            found.sort(Comparator.comparing(TimelineFolder::indexTime).reversed());
            return found;
        }
    }

    private static FileTime indexTime(Path dir) {
        try {
            return Files.getLastModifiedTime(dir.resolve(INDEX));
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** What a folder holds, read from its index and metrics only (no frame scores): for lists of runs. */
    public static Summary summary(Path dir) throws IOException {
        return TimelineReader.summary(dir);
    }

    /**
     * A glance at an output folder.
     *
     * @param videos     test videos scored
     * @param segments   flagged segments at the run's threshold, over all videos
     * @param detector   the detector with its settings
     * @param frameAuroc the micro-averaged frame-level AUROC, NaN without ground truth
     */
    public record Summary(int videos, int segments, String detector, double frameAuroc) {
    }
}
