package dev.vigil.ui;

import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.dataset.SampleLocator;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.samples.Activity;
import dev.vigil.samples.Placement;
import dev.vigil.samples.SampleSettings;
import dev.vigil.samples.SceneLook;
import dev.vigil.samples.SceneRenderer;
import dev.vigil.samples.Segment;
import dev.vigil.samples.SegmentSpan;
import dev.vigil.samples.SequenceWriter;
import dev.vigil.ui.results.ScoredClip;
import dev.vigil.ui.settings.SettingsStore;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Takes the README's screenshots of the real workbench: the bundled samples, a real run with the built-in backbone
 * (embedding, training, scoring), its results, the review of a flagged clip, and a long-video run (recordings made
 * here: normal walking to learn from, and a walk in which the person falls) reviewed on its anomaly timeline. It needs
 * a display: {@code docs/screenshots/take.sh} runs it under Xvfb.
 *
 * Settings, runs and the embedding cache go to a temporary folder: the user's own are not touched.
 */
public final class ScreenshotTour {

    private static final int WIDTH = 1360;
    private static final int HEIGHT = 860;

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("vigil-tour");
        System.setProperty("vigil.runs", work.resolve("runs").toString());
        System.setProperty(EmbeddingCache.PROPERTY, work.resolve("cache").toString());
        Path samples = SampleLocator.manifest().orElseThrow(() -> new IllegalStateException("no samples found"));
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        VigilApp app = new VigilApp();
        MainViewModel model = fx(() -> {
            Stage stage = new Stage();
            MainViewModel opened = app.open(stage, new SettingsStore(work.resolve("settings.json")),
                    VigilApp.pipeline());
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            stage.setX(0);
            stage.setY(0);
            return opened;
        });
        Scene scene = fx(() -> app.view().getScene());
        fx(() -> {
            model.model().loadBackbones(model.executor(), VigilApp::backbones);
            model.model().detectDevices(model.executor(), dev.vigil.backbone.DjlRuntime::gpuCount);
            model.dataset().open(samples);
            return null;
        });
        await(() -> model.dataset().probedProperty().get() == model.dataset().rows().size()
                && !model.dataset().rows().isEmpty(), 120);
        shot(scene, out.resolve("dataset.png"));

        fx(() -> {
            model.navigation().screenProperty().set(Screen.MODEL);
            model.model().training().epochsProperty().set(40);
            return null;
        });
        await(() -> model.model().backboneProperty().get() != null, 30);
        shot(scene, out.resolve("model.png"));

        fx(() -> {
            model.train();
            return null;
        });
        await(() -> model.training().epochs().size() >= 15, 900);
        shot(scene, out.resolve("training.png"));
        await(() -> model.navigation().screenProperty().get() == Screen.RESULTS, 900);
        fx(() -> {
            model.results().threshold().suggestMaxF1();
            return null;
        });
        Thread.sleep(1500);
        shot(scene, out.resolve("results.png"));

        ScoredClip flagged = fx(() -> model.results().clips().stream().filter(c -> c.anomaly()
                && c.flaggedAt(model.results().thresholdProperty().get())).findFirst().orElseThrow());
        fx(() -> {
            model.navigation().reviewClip(flagged);
            return null;
        });
        await(() -> model.review().player().imageProperty().get() != null
                && model.review().player().positionProperty().get() >= 0, 30);
        fx(() -> {
            model.review().player().seek(30);
            return null;
        });
        Thread.sleep(1500);
        shot(scene, out.resolve("review.png"));

        Path videos = Files.createDirectories(work.resolve("long"));
        Path normal = Files.createDirectories(videos.resolve("normal"));
        Path recordings = Files.createDirectories(videos.resolve("recordings"));
        record(normal.resolve("walk-east.mp4"), 0.1, 1, List.of(new Segment(Activity.WALK, 750)));
        record(normal.resolve("walk-west.mp4"), 0.9, -1, List.of(new Segment(Activity.WALK, 750)));
        record(normal.resolve("walk-middle.mp4"), 0.5, 1, List.of(new Segment(Activity.WALK, 750)));
        List<SegmentSpan> spans = record(recordings.resolve("walkway-fall.mp4"), 0.15, 1, List.of(
                new Segment(Activity.WALK, 300), new Segment(Activity.FALL, 100), new Segment(Activity.WALK, 200)));
        record(recordings.resolve("walkway-quiet.mp4"), 0.7, -1, List.of(new Segment(Activity.WALK, 300)));
        Path truth = Files.writeString(videos.resolve("truth.csv"), "video,start_frame,end_frame\nwalkway-fall,"
                + (spans.get(1).firstFrame() + 1) + "," + spans.get(1).endFrame() + "\n");
        fx(() -> {
            var run = model.longVideoRun();
            run.trainFolderProperty().set(normal.toString());
            run.testFolderProperty().set(recordings.toString());
            run.groundTruthProperty().set(truth.toString());
            run.freshName();
            run.nameProperty().set("walkway-long-videos");
            run.run();
            return null;
        });
        await(() -> model.longVideos().resultProperty().get() != null, 600);
        fx(() -> {
            model.longVideos().selectedProperty().set(model.longVideos().videos().get(0));
            return null;
        });
        await(() -> model.longVideos().player().readyProperty().get(), 30);
        fx(() -> {
            // in the fall, where the scene backbone's map shades the places and boxes the most unusual one
            model.longVideos().player().seek(spans.get(1).firstFrame() + 40);
            return null;
        });
        Thread.sleep(1500);
        shot(scene, out.resolve("long-videos.png"));
        Platform.exit();
        System.exit(0);
    }

    /** A 320 × 240 recording of one camera (one scene look) filming these activities. */
    private static List<SegmentSpan> record(Path file, double x, int facing, List<Segment> segments)
            throws Exception {
        SceneRenderer scene = new SceneRenderer(SceneLook.random(11), 320, 240, 25);
        return SequenceWriter.write(file, scene, new Placement(x * 320, 0.83 * 240, 0.4 * 240, facing), segments,
                SampleSettings.bitrateFor(320, 240, 25), ProgressListener.NONE, CancellationToken.none());
    }

    private static void shot(Scene scene, Path file) throws Exception {
        Thread.sleep(800);
        WritableImage image = fx(() -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        System.out.println("wrote " + file + " (" + Files.size(file) / 1024 + " KB)");
    }

    private static void await(BooleanSupplier condition, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!fx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + seconds + " s");
            }
            Thread.sleep(250);
        }
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
