package dev.vigil.ui;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.samples.Activity;
import dev.vigil.samples.Segment;
import dev.vigil.samples.SegmentSpan;
import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.FrameRange;
import dev.vigil.timeline.LongVideos;
import dev.vigil.timeline.TimelineMetrics;
import dev.vigil.timeline.folder.TimelineFolder;
import dev.vigil.timeline.folder.TimelineResult;
import dev.vigil.ui.common.Numbers;
import dev.vigil.ui.longvideo.LongVideoFacts;
import dev.vigil.ui.player.AnomalyOverlay;
import dev.vigil.ui.player.AnomalyTimeline;
import dev.vigil.ui.player.PlayerViewModel;
import dev.vigil.ui.review.ReviewMode;
import dev.vigil.ui.run.RunEntry;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.vigil.ui.TestWindow.onFx;
import static dev.vigil.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long videos in the window, on recordings made here: two short walks to learn normal from, and 15 s of a person who
 * walks, falls and walks on, with its ground truth. The run is set up in the form, runs as a background job with the
 * built-in backbone, and opens in review: the fall is flagged on the timeline, a click on the timeline seeks the
 * player, the segment buttons seek to a segment's start, and the threshold slider cuts the segments again.
 */
@ExtendWith(ApplicationExtension.class)
class LongVideoFlowTest {

    /** Walk 0–124, fall 125–224, walk 225–374: 375 frames, 15 s at 25 fps. */
    private static final FrameRange FALL = new FrameRange(125, 224);

    @TempDir
    static Path dir;
    private static Path train;
    private static Path test;
    private static Path truth;
    private TestWindow window;
    private MainViewModel model;
    private final StubFilePicker picker = new StubFilePicker();

    @BeforeAll
    static void writeVideos() throws Exception {
        train = Files.createDirectories(dir.resolve("normal"));
        LongVideos.write(train.resolve("walk_a.mp4"), 0.25, 1, List.of(new Segment(Activity.WALK, 200)));
        LongVideos.write(train.resolve("walk_b.mp4"), 0.75, -1, List.of(new Segment(Activity.WALK, 200)));
        test = Files.createDirectories(dir.resolve("recordings"));
        List<SegmentSpan> spans = LongVideos.write(test.resolve("walk-fall.mp4"), 0.3, 1, List.of(
                new Segment(Activity.WALK, 125), new Segment(Activity.FALL, 100), new Segment(Activity.WALK, 150)));
        assertEquals(FALL.first(), spans.get(1).firstFrame());
        truth = Files.writeString(dir.resolve("truth.csv"), "video,start_frame,end_frame\nwalk-fall,"
                + (FALL.first() + 1) + "," + (FALL.last() + 1) + "\n");
    }

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindow.show(stage, dir, new dev.vigil.experiment.ExperimentPipeline(new SyntheticEmbedder()),
                picker);
        model = window.model();
        model.runs().folderProperty().set(dir.resolve("runs"));
        model.model().loadBackbones(model.executor(), () -> VigilApp.backbones(new BackboneRegistry(null)));
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void scoresLongVideosInTheBackgroundAndReviewsTheFallOnItsTimeline(FxRobot robot) throws Exception {
        waitFor(() -> !model.longVideoRun().backbones().isEmpty(), "backbones listed");
        robot.clickOn("#step-review").clickOn("Long videos");
        robot.clickOn("#long-new");
        picker.folder = train;
        robot.clickOn("#long-train-choose");
        picker.folder = test;
        robot.clickOn("#long-test-choose");
        picker.open = truth;
        robot.clickOn("#long-truth-choose");
        assertEquals("", robot.lookup("#long-problem").queryLabeled().getText(), "asked " + picker.asked + " train "
                + model.longVideoRun().trainFolderProperty().get());
        robot.clickOn("#long-run");
        waitFor(() -> model.longVideos().resultProperty().get() != null, "the run finished and opened", 90);

        TimelineResult result = model.longVideos().resultProperty().get();
        assertTrue(TimelineFolder.isTimeline(result.dir()) && result.dir().startsWith(dir.resolve("runs")),
                result.dir().toString());
        assertEquals(Screen.REVIEW, model.navigation().screenProperty().get());
        assertEquals(ReviewMode.LONG_VIDEOS, model.review().modeProperty().get());
        ListView<?> videos = robot.lookup("#long-video-list").queryListView();
        assertEquals(1, videos.getItems().size());

        // the timeline shades a flagged segment over the fall, and marks the fall itself
        AnomalyTimeline timeline = robot.lookup("#long-timeline").query();
        List<FlaggedSegment> shown = onFx(() -> timeline.segmentsProperty().get());
        assertTrue(shown.stream().anyMatch(s -> s.overlaps(FALL)), "segments " + shown);
        assertEquals(List.of(FALL), onFx(() -> timeline.eventsProperty().get()));
        TimelineMetrics metrics = result.metrics().orElseThrow();
        assertTrue(metrics.frameAuroc() > 0.8, "frame AUROC " + metrics.frameAuroc());
        assertTrue(robot.lookup("#long-frame-auroc").queryLabeled().getText().startsWith(
                Numbers.compact(Math.round(metrics.frameAuroc() * 1000) / 1000.0) + " over 375 frames"));
        assertTrue(robot.lookup("#long-events").queryLabeled().getText().startsWith("1 of 1 hit"));

        // next flagged segment seeks to its start; a click on the timeline seeks where it points
        PlayerViewModel player = model.longVideos().player();
        waitFor(() -> player.readyProperty().get() && player.positionProperty().get() == 0, "first frame shown");
        FlaggedSegment first = shown.get(0);
        robot.clickOn("#next-segment");
        waitFor(() -> player.positionProperty().get() == first.first(), "at the segment's start");
        // a flagged frame: the player shades where it was unusual and boxes the hottest place; W switches it off
        AnomalyOverlay overlay = robot.lookup("#long-overlay").query();
        waitFor(() -> onFx(() -> overlay.whereProperty().get()) != null, "the overlay at a flagged frame");
        AnomalyOverlay.Where where = onFx(() -> overlay.whereProperty().get());
        assertEquals(6, where.columns());
        assertEquals(4, where.rows());
        assertEquals(160, where.videoWidth());
        robot.clickOn("#long-show-where");
        assertEquals(null, onFx(() -> overlay.whereProperty().get()));
        robot.clickOn("#long-show-where");
        assertTrue(onFx(() -> overlay.whereProperty().get()) != null);
        robot.clickOn(timeline);
        long middle = onFx(() -> timeline.frameAt(timeline.getWidth() / 2));
        waitFor(() -> Math.abs(player.positionProperty().get() - middle) <= 1, "sought to the click");
        assertTrue(Math.abs(middle - 187) <= 4, "the middle of 375 frames, got " + middle);
        robot.clickOn("#previous-segment");
        waitFor(() -> player.positionProperty().get() == shown.stream().filter(s -> s.first() < middle)
                .reduce((a, b) -> b).orElseThrow().first(), "back at the start of the segment before");

        // the threshold slider cuts the segments again: at the lowest score the whole video is one segment
        Slider slider = robot.lookup("#long-threshold").query();
        robot.interact(() -> slider.setValue(slider.getMin()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(375L), onFx(() -> timeline.segmentsProperty().get().stream()
                .map(FlaggedSegment::frames).toList()));
        assertEquals(Numbers.compact(slider.getMin()), robot.lookup("#long-threshold-value").queryLabeled().getText());
        robot.clickOn("#long-threshold-reset");
        assertEquals(result.threshold(), model.longVideos().thresholdProperty().get());
        assertEquals(shown, onFx(() -> timeline.segmentsProperty().get()));

        // the runs panel lists the output folder; File ▸ Open long-video results opens it again
        robot.clickOn("#step-training");
        ListView<RunEntry> runs = robot.lookup("#runs-list").queryListView();
        waitFor(() -> runs.getItems().stream().anyMatch(e -> e.dir().equals(result.dir())
                && e.status().startsWith("long videos · 1 video · ")), "the runs panel lists it");
        robot.interact(() -> model.review().modeProperty().set(ReviewMode.CLIPS));
        picker.folder = result.dir();
        robot.clickOn("File").clickOn("Open long-video results…");
        waitFor(() -> model.review().modeProperty().get() == ReviewMode.LONG_VIDEOS
                && model.navigation().screenProperty().get() == Screen.REVIEW, "opened again in review");
        assertEquals(LongVideoFacts.peak(result.videos().get(0)),
                LongVideoFacts.peak(model.longVideos().videos().get(0)));
        // as a drop on the window does
        robot.interact(() -> model.review().modeProperty().set(ReviewMode.CLIPS));
        robot.interact(() -> model.navigation().open(result.dir()));
        waitFor(() -> model.review().modeProperty().get() == ReviewMode.LONG_VIDEOS, "a dropped folder opens");
        assertEquals(result.dir(), model.recentRuns().get(0), "first in the recent list");
    }
}
