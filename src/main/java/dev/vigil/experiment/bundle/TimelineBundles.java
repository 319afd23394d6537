package dev.vigil.experiment.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.detector.Detector;
import dev.vigil.detector.Detectors;
import dev.vigil.timeline.CellMapModel;
import dev.vigil.timeline.ThresholdRule;
import dev.vigil.timeline.TimelineRecipe;
import dev.vigil.timeline.folder.TimelineFiles;
import dev.vigil.timeline.folder.TimelineFolder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Timeline bundles made from the output folders of {@code vigil timeline}: the folder's backbone card, its detector,
 * its settings and threshold from {@value TimelineFolder#INDEX} (or a threshold given), and for a backbone laid out
 * on cells the normal of each place that the anomaly maps need.
 */
public final class TimelineBundles {

    private TimelineBundles() {
    }

    /**
     * Writes the bundle of a timeline output folder.
     *
     * @param threshold the bundle's threshold, or null for the one the run chose
     * @param out       the bundle file; an existing file is replaced
     * @return {@code out}
     * @throws IOException naming the folder's file that is missing or damaged, and why
     */
    public static Path export(Path dir, Double threshold, Path out) throws IOException {
        if (!TimelineFolder.isTimeline(dir)) {
            throw new IOException("folder " + dir + " is not a finished timeline output (no " + TimelineFiles.INDEX
                    + ")");
        }
        if (threshold != null && !Double.isFinite(threshold)) {
            throw new IOException("threshold must be a finite number, got " + threshold);
        }
        TimelineRecipe recipe = TimelineFolder.recipe(dir);
        if (threshold != null) {
            recipe = new TimelineRecipe(recipe.backbone(), recipe.settings(),
                    new ThresholdRule.Threshold(threshold, "given"), recipe.training());
        }
        ObjectNode backbone = backbone(dir, recipe.backbone());
        CellMapModel maps = maps(dir);
        Path detectorFile = required(dir, TimelineFiles.DETECTOR);
        try (Detector detector = Detectors.load(detectorFile)) {
            String name = dir.toAbsolutePath().normalize().getFileName() + "-" + detector.kind().id();
            TimelineBundle bundle = TimelineBundle.of(name, backbone, detector, recipe, maps);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            bundle.write(out);
        }
        return out;
    }

    private static ObjectNode backbone(Path dir, String id) throws IOException {
        Path file = required(dir, TimelineFiles.BACKBONE);
        JsonNode card;
        try {
            card = BundleArchive.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not valid JSON (" + e.getMessage() + ")", e);
        }
        if (!card.isObject() || !id.equals(card.path("id").asText()) || !card.hasNonNull("version")) {
            throw new IOException(file + ": not the model card of backbone '" + id + "' with its version");
        }
        return (ObjectNode) card;
    }

    /** The anomaly-map model, required when the run made maps. */
    private static CellMapModel maps(Path dir) throws IOException {
        if (!Files.exists(dir.resolve(TimelineFiles.ANOMALY_MAPS))) {
            return null;
        }
        Path file = required(dir, TimelineFiles.CELL_MAPS);
        try (InputStream in = Files.newInputStream(file)) {
            return CellMapModel.read(in);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static Path required(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IOException("timeline folder " + dir + " has no " + name + " (an unfinished run, or one "
                    + "written by an older Vigil): run vigil timeline again");
        }
        return file;
    }
}
