package dev.vigil.experiment.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.detector.Detector;
import dev.vigil.detector.Detectors;
import dev.vigil.io.AtomicFiles;
import dev.vigil.timeline.CellMapModel;
import dev.vigil.timeline.ThresholdRule;
import dev.vigil.timeline.TimelineRecipe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A detector for long videos: a {@code .vigil} bundle of kind {@code timeline} that scores new videos moment by
 * moment exactly as the timeline run it came from scored its test videos.
 *
 * <pre>
 * bundle.json     format, version 2, kind timeline, name, created, detector id and name, embedding size, threshold
 *                 and how it was chosen
 * backbone.json   the backbone's model card with the version of its computation
 * timeline.json   windows, aggregation, smoothing, threshold and its source, segment rules, training counts
 *                 ({@link TimelineRecipe})
 * detector.bin    the fitted detector; for a backbone laid out on cells it takes only the ranking part of each
 *                 embedding
 * cell_maps.bin   for a backbone laid out on cells: each place's normal, for the anomaly maps ({@link CellMapModel})
 * </pre>
 *
 * A bundle owns its detector: closing the bundle closes it.
 *
 * @param name     bundle name
 * @param backbone the backbone's model card with its {@code version}
 * @param detector a fitted detector
 * @param recipe   how windows become frame scores and segments, and the threshold
 * @param maps     each place's normal, or null for a backbone without cells
 * @param created  when the bundle was made (ISO-8601)
 */
public record TimelineBundle(String name, ObjectNode backbone, Detector detector, TimelineRecipe recipe,
                             CellMapModel maps, String created) implements AutoCloseable {

    static final String RECIPE = "timeline.json";
    static final String CELL_MAPS = "cell_maps.bin";

    public TimelineBundle {
        if (!detector.isFitted()) {
            throw new IllegalArgumentException("bundle " + name + ": the detector is not fitted");
        }
        backbone = backbone.deepCopy();
    }

    /** The threshold on frame scores. */
    public ThresholdRule.Threshold threshold() {
        return recipe.threshold();
    }

    /** Writes the bundle atomically. */
    public void write(Path file) throws IOException {
        ObjectNode manifest = BundleArchive.newManifest(BundleKind.TIMELINE, name, created, detector,
                recipe.threshold().value(), recipe.threshold().source());
        ObjectNode recipeJson = BundleArchive.JSON.createObjectNode();
        recipe.writeTo(recipeJson);
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            BundleArchive.putJson(zip, BundleArchive.MANIFEST, manifest);
            BundleArchive.putJson(zip, "backbone.json", backbone);
            BundleArchive.putJson(zip, RECIPE, recipeJson);
            BundleArchive.put(zip, BundleArchive.DETECTOR, o -> Detectors.write(detector, o));
            if (maps != null) {
                BundleArchive.put(zip, CELL_MAPS, maps::write);
            }
            zip.finish();
        });
    }

    /** Reads a timeline bundle; errors name the file, the entry and what is wrong with it. */
    public static TimelineBundle read(Path file) throws IOException {
        return BundleArchive.read(file, zip -> {
            JsonNode manifest = BundleArchive.manifest(zip);
            if (BundleKind.of(manifest) != BundleKind.TIMELINE) {
                throw new IOException("a clip bundle, not a timeline bundle");
            }
            ObjectNode backbone = BundleArchive.object(zip, "backbone.json");
            TimelineRecipe recipe = TimelineRecipe.readFrom(BundleArchive.object(zip, RECIPE), RECIPE);
            CellMapModel maps = maps(zip);
            Detector detector = BundleArchive.detector(zip, manifest);
            try {
                return new TimelineBundle(manifest.path("name").asText(), backbone, detector, recipe, maps,
                        manifest.path("created").asText());
            } catch (RuntimeException e) {
                detector.close();
                throw e;
            }
        });
    }

    private static CellMapModel maps(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(CELL_MAPS);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return CellMapModel.read(in);
        } catch (IOException e) {
            throw new IOException(CELL_MAPS + ": " + e.getMessage(), e);
        }
    }

    /** A new bundle stamped with the current time. */
    static TimelineBundle of(String name, ObjectNode backbone, Detector detector, TimelineRecipe recipe,
                             CellMapModel maps) {
        return new TimelineBundle(name, backbone, detector, recipe, maps, Instant.now().toString());
    }

    @Override
    public void close() {
        detector.close();
    }
}
