package dev.vigil.ui;

import dev.vigil.experiment.bundle.DetectorBundle;
import dev.vigil.live.WatchFiles;
import dev.vigil.timeline.LongVideos;
import dev.vigil.ui.live.LiveViewModel;
import dev.vigil.ui.live.OpenRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live view watching with the run open on the results screen: its detector becomes a clip bundle at the
 * slider's threshold, and a clip bundle watches a video one window at a time.
 */
class LiveOpenRunTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void theOpenRunWatchesAtTheSlidersThreshold() throws Exception {
        Path run = TestRuns.builtin(dir, "clips");
        Path video = LongVideos.testFolder(dir).resolve(LongVideos.NORMAL_VIDEO);
        LiveViewModel none = new LiveViewModel(Runnable::run, dir.resolve("watches"));
        assertFalse(none.useOpenRun());
        assertTrue(none.statusProperty().get().contains("no run is open"), none.statusProperty().get());

        LiveViewModel model = new LiveViewModel(Runnable::run, dir.resolve("watches"),
                () -> Optional.of(new OpenRun(run, "gaussian", 123.5)));
        assertTrue(model.useOpenRun(), model.statusProperty().get());
        try (DetectorBundle bundle = DetectorBundle.read(model.bundleProperty().get())) {
            assertEquals(123.5, bundle.threshold());
            assertEquals("gaussian", bundle.detector().id());
        }
        model.sourceProperty().set(video.toString());
        model.realtimeProperty().set(false);
        model.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (model.runningProperty().get() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(model.runningProperty().get(), "the watch did not end");
        assertTrue(model.statusProperty().get().startsWith("end of file: 200 frames, 0 skipped"),
                model.statusProperty().get());
        assertEquals(200, model.scoresProperty().get().length, "every frame scored");
        List<String> rows;
        try (Stream<Path> files = Files.list(model.watchFolder().resolve(WatchFiles.FRAME_SCORES))) {
            rows = files.flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().skip(1);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertEquals(200, rows.size());
    }
}
