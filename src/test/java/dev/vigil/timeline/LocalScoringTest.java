package dev.vigil.timeline;

import dev.vigil.backbone.Backbone;
import dev.vigil.backbone.BackboneException;
import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.ClipWindow;
import dev.vigil.backbone.ModelCard;
import dev.vigil.backbone.SceneBackbone;
import dev.vigil.backbone.SceneDescriptor;
import dev.vigil.timeline.folder.TimelineFiles;
import dev.vigil.timeline.folder.TimelineFolder;
import dev.vigil.timeline.folder.TimelineResult;
import dev.vigil.video.ClipTensor;
import dev.vigil.video.CropPlan;
import dev.vigil.video.FrameReader;
import dev.vigil.video.Preprocessing;
import dev.vigil.video.RgbFrames;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small fast object in a busy fixed-camera scene ({@link BusyScene}): the fixed-camera backbone, which keeps its
 * histograms per place, finds it and says where; the same histograms pooled over the whole frame take it for one more
 * car and miss it.
 */
class LocalScoringTest {

    private static final int EVENT_FIRST = 90;
    private static final int EVENT_LAST = 129;

    @TempDir
    static Path dir;
    private static TimelineReport scene;
    private static TimelineReport wholeFrame;

    @BeforeAll
    static void run() throws Exception {
        Path train = Files.createDirectories(dir.resolve("train"));
        Path test = Files.createDirectories(dir.resolve("test"));
        for (int i = 0; i < 3; i++) {
            BusyScene.write(train.resolve("normal_" + i + ".mp4"), 200, 10 + i, -1, -1);
        }
        BusyScene.write(test.resolve("normal.mp4"), 200, 20, -1, -1);
        BusyScene.write(test.resolve("cyclist.mp4"), 200, 21, EVENT_FIRST, EVENT_LAST);
        Path gt = Files.writeString(dir.resolve("gt.csv"), "video,start_frame,end_frame\ncyclist," + (EVENT_FIRST + 1)
                + "," + (EVENT_LAST + 1) + "\n");
        scene = run(new BackboneRegistry(null).open(BackboneRegistry.SCENE_ID), TimelineSettings.forScene().build(), train,
                test, gt, "scene");
        wholeFrame = run(new WholeFrameView(new SceneBackbone()), TimelineSettings.forScene().build(), train, test, gt,
                "whole-frame");
    }

    private static TimelineReport run(Backbone opened, TimelineSettings settings, Path train, Path test, Path gt,
                                      String out) throws Exception {
        try (Backbone backbone = opened) {
            return TimelineRun.builder().setBackbone(backbone).setOutput(TimelineFolder::write).setSettings(settings).build()
                    .run(VideoFolder.list(train).videos(), VideoFolder.list(test).videos(), GroundTruth.read(gt),
                            dir.resolve(out), true);
        }
    }

    @Test
    void localScoringFindsTheSmallFastObjectThatWholeFramePoolingMisses() {
        double local = scene.metrics().orElseThrow().frameAuroc();
        double pooled = wholeFrame.metrics().orElseThrow().frameAuroc();
        assertTrue(local >= 0.9, "fixed-camera backbone: frame-level AUROC " + local);
        assertTrue(pooled <= 0.75, "whole-frame pooling: frame-level AUROC " + pooled);
        assertEquals(1, scene.metrics().orElseThrow().events().hits());
    }

    @Test
    void theSegmentsBoxIsOnTheObjectsPath() throws Exception {
        VideoTimeline cyclist = scene.videos().stream().filter(v -> v.name().equals("cyclist.mp4")).findFirst()
                .orElseThrow();
        FlaggedSegment hit = cyclist.segments().stream().filter(s -> s.overlaps(new FrameRange(EVENT_FIRST,
                EVENT_LAST))).findFirst().orElseThrow();
        AnomalyMaps.Box box = cyclist.boxOf(hit).orElseThrow();
        assertTrue(box.y() <= BusyScene.OBJECT_Y + BusyScene.OBJECT_H && box.y() + box.height() >= BusyScene.OBJECT_Y,
                "box " + box + " misses the walkway row the object takes (y " + BusyScene.OBJECT_Y + ")");
        // the same box reaches segments.csv, in video pixels
        List<String> lines = Files.readAllLines(dir.resolve("scene").resolve(TimelineFiles.SEGMENTS));
        assertTrue(lines.get(0).endsWith("box_x,box_y,box_w,box_h"), lines.get(0));
        String row = lines.stream().filter(l -> l.startsWith("cyclist.mp4,")).findFirst().orElseThrow();
        assertTrue(row.endsWith("," + box.x() + "," + box.y() + "," + box.width() + "," + box.height()), row);
    }

    @Test
    void theSegmentsThumbnailIsCutFromItsPeakFrameAroundTheBox() throws Exception {
        VideoTimeline cyclist = scene.videos().stream().filter(v -> v.name().equals("cyclist.mp4")).findFirst()
                .orElseThrow();
        FlaggedSegment hit = cyclist.segments().stream().filter(s -> s.overlaps(new FrameRange(EVENT_FIRST,
                EVENT_LAST))).findFirst().orElseThrow();
        AnomalyMaps.Box box = cyclist.boxOf(hit).orElseThrow();
        SegmentThumbnail thumbnail = SegmentThumbnail.of(cyclist, hit, 1000).orElseThrow();
        // unscaled: the box with half its size around it, cut at the picture's edges
        int x0 = Math.max(0, box.x() - box.width() / 2);
        int y0 = Math.max(0, box.y() - box.height() / 2);
        assertEquals(Math.min(BusyScene.WIDTH, box.x() + box.width() * 3 / 2) - x0, thumbnail.width());
        assertEquals(Math.min(BusyScene.HEIGHT, box.y() + box.height() * 3 / 2) - y0, thumbnail.height());
        byte[] frame = new byte[BusyScene.WIDTH * BusyScene.HEIGHT * 3];
        try (FrameReader reader = FrameReader.open(cyclist.file(), BusyScene.WIDTH, BusyScene.HEIGHT)) {
            for (long f = 0; f <= hit.peakFrame(); f++) {
                reader.read(frame, 0);
            }
        }
        for (int y = 0; y < thumbnail.height(); y++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(frame[3 * ((y0 + y) * BusyScene.WIDTH + x0) + c], thumbnail.rgb()[3 * y * thumbnail.width() + c],
                        "row " + y);
            }
        }
        assertTrue(SegmentThumbnail.of(wholeFrame.videos().get(0), new FlaggedSegment(0, 1, 0, 1), 44).isEmpty(),
                "no maps, no thumbnail");
    }

    @Test
    void theMapsReadBackWithTheFolder() throws Exception {
        TimelineResult loaded = TimelineFolder.load(dir.resolve("scene"));
        VideoTimeline written = scene.videos().get(0);
        VideoTimeline read = loaded.videos().get(0);
        AnomalyMaps maps = read.anomalyMaps().orElseThrow();
        assertEquals(6, maps.columns());
        assertEquals(4, maps.rows());
        assertEquals(BusyScene.WIDTH, maps.videoWidth());
        for (int w = 0; w < written.windowScores().size(); w++) {
            float[] a = written.anomalyMaps().orElseThrow().byWindow()[w];
            float[] b = maps.byWindow()[w];
            for (int c = 0; c < a.length; c++) {
                assertEquals(a[c], b[c], 0, "window " + w + " cell " + c);
            }
        }
    }

    /**
     * The fixed-camera descriptor's whole-frame cell alone: the same histograms of the same frames, pooled over the
     * whole picture, with nothing to say where.
     */
    private record WholeFrameView(SceneBackbone scene) implements Backbone {

        @Override
        public ModelCard card() {
            ModelCard c = scene.card();
            return new ModelCard("scene-whole-frame", null, c.kind(), c.file(), c.inferenceFile(), c.frames(),
                    c.layout(), c.inputSize(), c.resize(), c.trainShortSide(), c.mean(), c.std(), SceneDescriptor.PER_CELL,
                    c.slowFastAlpha(), c.source(), c.licence(), c.keepAspect());
        }

        @Override
        public String version() {
            return scene.version() + "-whole-frame";
        }

        @Override
        public String device() {
            return scene.device();
        }

        @Override
        public ClipTensor prepare(VideoInfo info, Preprocessing preprocessing, long seed, ClipWindow window)
                throws VideoException {
            return scene.prepare(info, preprocessing, seed, window);
        }

        @Override
        public long[] frameIndices(Preprocessing preprocessing, long first, long last) {
            return scene.frameIndices(preprocessing, first, last);
        }

        @Override
        public ClipTensor prepareFrames(RgbFrames frames, Preprocessing preprocessing, CropPlan plan, double frameRate) {
            return scene.prepareFrames(frames, preprocessing, plan, frameRate);
        }

        @Override
        public float[][] embed(List<ClipTensor> batch) throws BackboneException {
            // the whole-frame cell is the descriptor's first
            return Arrays.stream(scene.embed(batch)).map(e -> Arrays.copyOf(e, SceneDescriptor.PER_CELL))
                    .toArray(float[][]::new);
        }

        @Override
        public void close() {
            scene.close();
        }
    }
}
