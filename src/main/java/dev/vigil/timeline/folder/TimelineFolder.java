package dev.vigil.timeline.folder;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.backbone.Backbone;
import dev.vigil.backbone.ModelCards;
import dev.vigil.detector.Detector;
import dev.vigil.timeline.CellMapModel;
import dev.vigil.timeline.TimelineRecipe;
import dev.vigil.timeline.TimelineReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output folder of a timeline run: writes, reads and lists them. What each file holds is described in
 * {@link TimelineFiles}.
 */
public final class TimelineFolder {

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

    /** The model card of a backbone as {@value TimelineFiles#BACKBONE} keeps it, with the version of its computation. */
    static ObjectNode backboneJson(Backbone backbone) throws IOException {
        ObjectNode node = (ObjectNode) TimelineFiles.JSON.readTree(ModelCards.toJson(backbone.card()));
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

    /** True when {@code dir} is a finished output folder (it has its {@value TimelineFiles#INDEX}). */
    public static boolean isTimeline(Path dir) {
        return Files.isRegularFile(dir.resolve(TimelineFiles.INDEX));
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
            return Files.getLastModifiedTime(dir.resolve(TimelineFiles.INDEX));
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** What a folder holds, read from its index and metrics only (no frame scores): for lists of runs. */
    public static TimelineFolderSummary summary(Path dir) throws IOException {
        return TimelineReader.summary(dir);
    }
}
