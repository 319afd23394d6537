package dev.vigil.cli;

import dev.vigil.backbone.SceneDescriptor;
import dev.vigil.experiment.bundle.BundleArchive;
import dev.vigil.experiment.bundle.BundleKind;
import dev.vigil.experiment.bundle.DetectorBundle;
import dev.vigil.experiment.bundle.TimelineBundle;
import dev.vigil.timeline.AnomalyMaps;
import dev.vigil.timeline.BusyScene;
import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.SegmentRules;
import dev.vigil.timeline.TimelineRecipe;
import dev.vigil.timeline.VideoTimeline;
import dev.vigil.timeline.folder.TimelineFiles;
import dev.vigil.timeline.folder.TimelineFolder;
import dev.vigil.timeline.folder.TimelineResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A timeline run on a small fixed-camera scene, exported as a bundle and applied with {@code score --bundle}: the
 * bundle scores the test video exactly as the run did, frame scores, segments with their boxes and maps.
 */
class TimelineBundleCommandsTest {

    @TempDir
    static Path dir;
    private static Path test;
    private static Path timeline;
    private static Path bundle;

    @BeforeAll
    static void timelineAndBundle() throws Exception {
        Path train = Files.createDirectories(dir.resolve("train"));
        test = Files.createDirectories(dir.resolve("test"));
        BusyScene.write(train.resolve("normal_a.mp4"), 200, 10, -1, -1);
        BusyScene.write(train.resolve("normal_b.mp4"), 200, 11, -1, -1);
        BusyScene.write(test.resolve("cyclist.mp4"), 160, 21, 70, 109);
        timeline = dir.resolve("timeline");
        // settings off the defaults, so that the bundle has to carry them for the scores to match
        CommandRun run = CommandRun.of("timeline", "--train", train.toString(), "--test", test.toString(), "--out",
                timeline.toString(), "--cache", dir.resolve("cache").toString(), "--smooth", "5", "--percentile",
                "95", "--min-length", "2", "--gap", "6", "--threads", "2");
        assertEquals(0, run.code(), run.all());
        assertTrue(Files.isRegularFile(timeline.resolve(TimelineFiles.CELL_MAPS)), "no cell_maps.bin");
        bundle = dir.resolve("scene.vigil");
        CommandRun export = CommandRun.of("export-bundle", timeline.toString(), "--out", bundle.toString());
        assertEquals(0, export.code(), export.all());
        assertTrue(export.out().contains("timeline bundle") && export.out().contains("anomaly-map model"),
                export.out());
    }

    @Test
    void theBundleScoresAVideoAsTheTimelineRunDid() throws Exception {
        Path scored = dir.resolve("scored");
        // no cache: the windows are embedded again, not read back from the timeline run's cache
        CommandRun run = CommandRun.of("score", "--bundle", bundle.toString(), test.resolve("cyclist.mp4").toString(),
                "--out", scored.toString(), "--no-cache", "--threads", "2");
        assertEquals(0, run.code(), run.all());
        VideoTimeline expected = TimelineFolder.load(timeline).videos().get(0);
        TimelineResult result = TimelineFolder.load(scored);
        assertEquals(1, result.videos().size());
        VideoTimeline actual = result.videos().get(0);
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.frames(), actual.frames());
        for (int f = 0; f < expected.frames(); f++) {
            assertEquals(expected.frameScores()[f], actual.frameScores()[f], 1e-9, "frame " + (f + 1));
        }
        assertEquals(expected.windowScores().size(), actual.windowScores().size());
        for (int w = 0; w < expected.windowScores().size(); w++) {
            assertEquals(expected.windowScores().get(w).score(), actual.windowScores().get(w).score(), 1e-9,
                    "window " + (w + 1));
        }
        assertFalse(expected.segments().isEmpty(), "the cyclist was not flagged: nothing to compare");
        assertEquals(expected.segments(), actual.segments());
        for (FlaggedSegment s : expected.segments()) {
            assertEquals(expected.boxOf(s), actual.boxOf(s));
            assertTrue(actual.boxOf(s).isPresent(), "segment " + s + " has no box");
        }
        AnomalyMaps expectedMaps = expected.anomalyMaps().orElseThrow();
        AnomalyMaps actualMaps = actual.anomalyMaps().orElseThrow();
        for (int w = 0; w < expectedMaps.byWindow().length; w++) {
            for (int c = 0; c < expectedMaps.byWindow()[w].length; c++) {
                assertEquals(expectedMaps.byWindow()[w][c], actualMaps.byWindow()[w][c], 1e-9,
                        "window " + (w + 1) + " cell " + (c + 1));
            }
        }
        // the same rows, boxes included, in the files a reviewer opens
        assertEquals(Files.readAllLines(timeline.resolve(TimelineFiles.SEGMENTS)),
                Files.readAllLines(scored.resolve(TimelineFiles.SEGMENTS)));
        assertEquals(TimelineFolder.load(timeline).threshold(), result.threshold());
        assertEquals(TimelineFolder.load(timeline).smoothing(), result.smoothing());
    }

    @Test
    void theBundleHoldsTheFoldersSettingsAndIsNoClipBundle() throws Exception {
        assertEquals(BundleKind.TIMELINE, BundleArchive.kindOf(bundle));
        TimelineRecipe folder = TimelineFolder.recipe(timeline);
        try (TimelineBundle read = TimelineBundle.read(bundle)) {
            assertEquals(folder.settings().windows(), read.recipe().settings().windows());
            assertEquals(folder.settings().aggregation(), read.recipe().settings().aggregation());
            assertEquals(folder.settings().smoothing(), read.recipe().settings().smoothing());
            assertEquals(new SegmentRules(2, 6), read.recipe().settings().segments());
            assertEquals(folder.threshold(), read.threshold());
            assertTrue(read.threshold().source().contains("95th percentile"), read.threshold().source());
            assertEquals(SceneDescriptor.GRID, read.maps().grid());
            assertEquals(SceneDescriptor.GRID.rankingSize(), read.detector().dimension());
            assertEquals(SceneDescriptor.VERSION, read.backbone().path("version").asText());
        }
        CommandRun clipExport = CommandRun.of("export-bundle", timeline.toString(), "--detector", "knn", "--out",
                dir.resolve("k.vigil").toString());
        assertEquals(2, clipExport.code(), clipExport.all());
        java.io.IOException notClip = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> DetectorBundle.read(bundle));
        assertTrue(notClip.getMessage().contains("a timeline bundle, not a clip bundle"), notClip.getMessage());
    }

    @Test
    void aVideoThatFailsIsListedAndTheOthersAreScored() throws Exception {
        Path scored = dir.resolve("scored-partly");
        Path missing = dir.resolve("gone.mp4");
        Path broken = Files.writeString(dir.resolve("notes.mp4"), "not a video");
        CommandRun run = CommandRun.of("score", "--bundle", bundle.toString(), missing.toString(), broken.toString(),
                test.resolve("cyclist.mp4").toString(), "--out", scored.toString(), "--cache",
                dir.resolve("cache").toString());
        assertEquals(1, run.code(), run.all());
        assertTrue(run.err().contains("gone.mp4: no such file or folder"), run.err());
        assertTrue(run.err().contains("notes.mp4: "), run.err());
        TimelineResult result = TimelineFolder.load(scored);
        assertEquals(List.of("cyclist.mp4"), result.videos().stream().map(VideoTimeline::name).toList());
        assertEquals(2, result.skipped().size(), result.skipped().toString());
        assertEquals(3, Files.readAllLines(scored.resolve(TimelineFiles.SKIPPED)).size());
    }

    @Test
    void aTimelineBundleNeedsAnOutputFolder() {
        CommandRun run = CommandRun.of("score", "--bundle", bundle.toString(), test.toString());
        assertEquals(2, run.code(), run.all());
        assertTrue(run.err().contains("give --out DIR"), run.err());
    }

    @Test
    void aFolderWithoutItsDetectorOrWithADamagedOneIsRefusedNamingTheFile() throws Exception {
        Path copy = copy(timeline, dir.resolve("no-detector"));
        Files.delete(copy.resolve(TimelineFiles.DETECTOR));
        CommandRun run = CommandRun.of("export-bundle", copy.toString(), "--out", dir.resolve("x.vigil").toString());
        assertEquals(1, run.code(), run.all());
        assertTrue(run.err().contains("has no detector.bin"), run.err());

        Path damaged = copy(timeline, dir.resolve("damaged-detector"));
        byte[] bytes = Files.readAllBytes(damaged.resolve(TimelineFiles.DETECTOR));
        Files.write(damaged.resolve(TimelineFiles.DETECTOR), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        run = CommandRun.of("export-bundle", damaged.toString(), "--out", dir.resolve("y.vigil").toString());
        assertEquals(1, run.code(), run.all());
        assertTrue(run.err().contains(damaged.resolve(TimelineFiles.DETECTOR).toString()), run.err());
        assertFalse(Files.exists(dir.resolve("y.vigil")), "a bundle was written from a damaged detector");

        Path noMaps = copy(timeline, dir.resolve("no-maps"));
        Files.delete(noMaps.resolve(TimelineFiles.CELL_MAPS));
        run = CommandRun.of("export-bundle", noMaps.toString(), "--out", dir.resolve("z.vigil").toString());
        assertEquals(1, run.code(), run.all());
        assertTrue(run.err().contains("has no cell_maps.bin"), run.err());
    }

    private static Path copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }
}
