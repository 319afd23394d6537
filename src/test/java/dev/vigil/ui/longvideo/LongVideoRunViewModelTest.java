package dev.vigil.ui.longvideo;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.ComputeDevice;
import dev.vigil.detector.DetectorKind;
import dev.vigil.samples.Activity;
import dev.vigil.samples.Segment;
import dev.vigil.timeline.LongVideos;
import dev.vigil.timeline.ThresholdRule;
import dev.vigil.timeline.WindowSpec;
import dev.vigil.ui.model.BackboneChoice;
import dev.vigil.ui.task.CurrentThreadTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LongVideoRunViewModelTest {

    @TempDir
    Path dir;
    private final List<String> log = new ArrayList<>();

    private LongVideoRunViewModel model() {
        BackboneChoice missing = new BackboneChoice("r2plus1d_18", "R(2+1)D-18", 512, true, false, "export it");
        BackboneChoice builtin = new BackboneChoice("builtin", "Built-in descriptor", 360, false);
        return new LongVideoRunViewModel(new CurrentThreadTaskExecutor(), new TimelineEngine(new BackboneRegistry(null),
                null), FXCollections.observableArrayList(missing, builtin),
                new SimpleObjectProperty<>(dir.resolve("runs")), () -> ComputeDevice.CPU, log::add);
    }

    @Test
    void saysWhichFieldKeepsItFromRunningAndBuildsTheRunItDescribes() throws Exception {
        LongVideoRunViewModel model = model();
        assertEquals(List.of("builtin"), model.backbones().stream().map(BackboneChoice::id).toList(),
                "only what can be used now is offered");
        assertEquals("builtin", model.backboneProperty().get().id());
        assertTrue(model.nameProperty().get().startsWith("long-videos-"));
        assertEquals("Normal recordings: choose a folder", model.problemProperty().get());
        Path train = Files.createDirectories(dir.resolve("train"));
        Path test = Files.createDirectories(dir.resolve("test"));
        model.trainFolderProperty().set(train.toString());
        assertEquals("Videos to score: choose a folder", model.problemProperty().get());
        model.testFolderProperty().set(dir.resolve("absent").toString());
        assertEquals("Videos to score: " + dir.resolve("absent") + " is not a folder", model.problemProperty().get());
        model.testFolderProperty().set(test.toString());
        model.groundTruthProperty().set(dir.resolve("gt.csv").toString());
        assertTrue(model.problemProperty().get().startsWith("Ground truth: "));
        model.groundTruthProperty().set("");
        model.strideProperty().set(0);
        assertEquals("Window: stride must be at least 1 frame, got 0", model.problemProperty().get());
        model.strideProperty().set(4);
        model.nameProperty().set("a/b");
        assertTrue(model.problemProperty().get().startsWith("Name: must be a plain folder name"));
        model.nameProperty().set("walkway");
        assertEquals("", model.problemProperty().get());
        assertTrue(model.canRunProperty().get());

        model.windowProperty().set(16);
        model.percentileProperty().set(97.5);
        model.detectorProperty().set(DetectorKind.KNN);
        TimelineJob job = model.job();
        assertEquals(new WindowSpec(16, 4), job.settings().windows());
        assertEquals(ThresholdRule.percentileOf(97.5), job.settings().threshold());
        assertEquals(DetectorKind.KNN, job.settings().detector());
        assertEquals(ComputeDevice.CPU, job.device());
        assertNull(job.groundTruth());
        assertEquals(dir.resolve("runs/walkway"), job.out());
    }

    @Test
    void aRunThatCannotLearnNamesWhyAndWritesNothing() throws Exception {
        LongVideoRunViewModel model = model();
        Path train = Files.createDirectories(dir.resolve("train"));
        Files.writeString(train.resolve("broken.mp4"), "not a video");
        model.trainFolderProperty().set(train.toString());
        model.testFolderProperty().set(Files.createDirectories(dir.resolve("test")).toString());
        Files.writeString(dir.resolve("test/also-broken.mkv"), "not a video");
        model.nameProperty().set("failing");
        model.run();
        assertTrue(model.errorProperty().get().contains("broken.mp4"), model.errorProperty().get());
        assertFalse(Files.exists(dir.resolve("runs/failing")));
        assertTrue(log.stream().anyMatch(line -> line.startsWith("The long-video run failed: ")), log.toString());
        assertFalse(model.taskActiveProperty().get());
    }

    @Test
    void cancelStopsTheRunAndWritesNothing() throws Exception {
        LongVideoRunViewModel model = model();
        Path train = Files.createDirectories(dir.resolve("train"));
        LongVideos.write(train.resolve("walk.mp4"), 0.3, 1, List.of(new Segment(Activity.WALK, 120)));
        model.trainFolderProperty().set(train.toString());
        model.testFolderProperty().set(train.toString());
        model.nameProperty().set("cancelled");
        List<String> messages = new ArrayList<>();
        model.messageProperty().addListener((obs, old, now) -> {
            messages.add(now);
            if (now.startsWith("Learning normal from the training videos: ")) {
                model.cancel();
            }
        });
        model.run();
        assertTrue(messages.stream().anyMatch(m -> m.matches("Learning normal from the training videos: \\d+ of 120 "
                + "frames · .* left \\(walk.mp4\\)")), messages.toString());
        assertFalse(Files.exists(dir.resolve("runs/cancelled")));
        assertEquals("The long-video run was cancelled; nothing was written", log.get(log.size() - 1));
        assertEquals("", model.errorProperty().get());
    }
}
