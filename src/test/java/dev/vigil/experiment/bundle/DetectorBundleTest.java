package dev.vigil.experiment.bundle;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.dataset.Split;
import dev.vigil.detector.AutoencoderDetector;
import dev.vigil.detector.CentroidDetector;
import dev.vigil.detector.Detector;
import dev.vigil.detector.GaussianDetector;
import dev.vigil.detector.KnnDetector;
import dev.vigil.experiment.ExperimentData;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.experiment.config.ExperimentSettings;
import dev.vigil.training.TrainingSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DetectorBundleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    static ObjectNode card() throws IOException {
        return (ObjectNode) JSON.readTree("{\"id\":\"r2plus1d_18\",\"frames\":8,\"embedding_dim\":16,"
                + "\"mean\":[0.43216,0.394666,0.37645],\"licence\":\"BSD-3-Clause\"}");
    }

    static ObjectNode preprocessing() throws IOException {
        return (ObjectNode) JSON.readTree("{\"frames\":8,\"resize\":112,\"layout\":\"C,T,H,W\"}");
    }

    @Test
    void everyDetectorRoundTripsWithItsCardPreprocessingAndThreshold() throws Exception {
        ExperimentData data = new ExperimentData(16);
        ExperimentSettings settings = ExperimentConfig.defaults()
                .with(Map.of("model.num_epoch", 2, "model.dim_autoencoder_layers", "8,4",
                        "model.num_autoencoder_layers", 2)).settings();
        List<Detector> detectors = List.of(new AutoencoderDetector(settings.layout(16), settings.training()),
                new KnnDetector(3), new GaussianDetector(), new CentroidDetector());
        float[][] all = data.all();
        for (Detector detector : detectors) {
            if (detector instanceof AutoencoderDetector ae) {
                ae.train(data.rows(Split.TRAIN), data.rows(Split.VAL), TrainingSession.plain());
            } else {
                detector.fit(data.rows(Split.TRAIN), data.clips(Split.TRAIN));
            }
            Path file = dir.resolve(detector.kind().id() + DetectorBundle.EXTENSION);
            // not closed: closing a bundle closes its detector, which this test still uses
            DetectorBundle.of("walkway", card(), preprocessing(), detector, 601.04, "manual").write(file);
            try (DetectorBundle back = DetectorBundle.read(file)) {
                assertEquals("walkway", back.name());
                assertEquals(card(), back.backbone());
                assertEquals(preprocessing(), back.preprocessing());
                assertEquals(601.04, back.threshold());
                assertEquals("manual", back.thresholdMethod());
                assertEquals(detector.kind(), back.detector().kind());
                assertArrayEquals(detector.score(all), back.detector().score(all), 0.0, detector.name());
                assertTrue(back.isAnomaly(601.04));
            }
            detector.close();
        }
    }

    @Test
    void brokenBundlesAreRefusedWithTheReason() throws Exception {
        Path notZip = dir.resolve("notes.vigil");
        Files.writeString(notZip, "hello");
        IOException e = assertThrows(IOException.class, () -> DetectorBundle.read(notZip));
        assertTrue(e.getMessage().contains("notes.vigil: not a zip archive"), e.getMessage());

        Path partial = dir.resolve("partial.vigil");
        zip(partial, "bundle.json", "{\"format\":\"vigil-detector-bundle\",\"version\":1}");
        e = assertThrows(IOException.class, () -> DetectorBundle.read(partial));
        assertTrue(e.getMessage().contains("no backbone.json inside"), e.getMessage());

        Path future = dir.resolve("future.vigil");
        zip(future, "bundle.json", "{\"format\":\"vigil-detector-bundle\",\"version\":7}");
        e = assertThrows(IOException.class, () -> DetectorBundle.read(future));
        assertTrue(e.getMessage().contains("bundle version 7 is not supported"), e.getMessage());

        KnnDetector unfitted = new KnnDetector(1);
        IllegalArgumentException notFitted = assertThrows(IllegalArgumentException.class,
                () -> DetectorBundle.of("x", card(), preprocessing(), unfitted, 1, "manual"));
        assertTrue(notFitted.getMessage().contains("not fitted"), notFitted.getMessage());
    }

    @Test
    void aClipBundleSaysItsKindAndOneWrittenBeforeKindsStillLoads() throws Exception {
        try (KnnDetector knn = new KnnDetector(1)) {
            knn.fit(new ExperimentData(16).rows(Split.TRAIN), null);
            Path file = dir.resolve("clip.vigil");
            DetectorBundle.of("walkway", card(), preprocessing(), knn, 2.5, "manual").write(file);
            assertEquals(BundleKind.CLIP, BundleArchive.kindOf(file));
            Map<String, byte[]> entries = entries(file);
            ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get("bundle.json"));
            assertEquals("clip", manifest.path("kind").asText());
            assertEquals(1, manifest.path("version").asInt(), "clip bundles stay readable by older Vigils");

            // the same bundle as Vigil wrote it before bundles had kinds
            manifest.remove("kind");
            entries.put("bundle.json", JSON.writeValueAsBytes(manifest));
            Path old = dir.resolve("old.vigil");
            zip(old, entries);
            assertEquals(BundleKind.CLIP, BundleArchive.kindOf(old));
            try (DetectorBundle back = DetectorBundle.read(old)) {
                assertEquals("walkway", back.name());
                assertEquals(2.5, back.threshold());
                float[][] rows = new ExperimentData(16).all();
                assertArrayEquals(knn.score(rows), back.detector().score(rows), 0.0);
            }
            IOException notTimeline = assertThrows(IOException.class, () -> TimelineBundle.read(old));
            assertTrue(notTimeline.getMessage().contains("a clip bundle, not a timeline bundle"),
                    notTimeline.getMessage());

            manifest.put("kind", "hologram");
            entries.put("bundle.json", JSON.writeValueAsBytes(manifest));
            Path unknown = dir.resolve("unknown.vigil");
            zip(unknown, entries);
            IOException e = assertThrows(IOException.class, () -> DetectorBundle.read(unknown));
            assertTrue(e.getMessage().contains("kind 'hologram' is not known"), e.getMessage());
        }
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    private static void zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }

    private static void zip(Path file, String entry, String text) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
