package dev.vigil.ui;

import dev.vigil.cli.SceneBundle;
import dev.vigil.timeline.BusyScene;
import dev.vigil.ui.live.LiveAlert;
import dev.vigil.ui.live.LiveView;
import dev.vigil.ui.live.LiveViewModel;
import dev.vigil.ui.player.PlayerViewModel;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static dev.vigil.ui.ScreenshotTour.fx;
import java.util.concurrent.TimeUnit;

/**
 * The README's screenshot of Review ▸ Live…: a scene bundle watching a generated fixed-camera scene played in real
 * time, taken while the racing object is flagged, after an earlier alert has closed.
 *
 * <pre>
 *   java -cp target/test-classes:target/classes:$(cat target/classpath.txt) dev.vigil.ui.LiveScreenshot OUT.png
 * </pre>
 */
public final class LiveScreenshot {

    private LiveScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "docs/screenshots/live.png");
        Path work = Files.createTempDirectory("vigil-live-shot");
        Path bundle = SceneBundle.make(work);
        Path video = BusyScene.write(work.resolve("walkway.mp4"), 300, 21, 150, 220);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        LiveView view = fx(() -> {
            LiveView live = new LiveView(new LiveViewModel(Platform::runLater, work.resolve("watches")),
                    new PlayerViewModel(Platform::runLater), new StubFilePicker());
            Stage stage = new Stage();
            Scene scene = new Scene(live, 1100, 640);
            scene.getStylesheets().add(Stylesheet.location());
            stage.setScene(scene);
            stage.show();
            live.model().sourceProperty().set(video.toString());
            live.model().bundleProperty().set(bundle);
            live.model().start();
            return live;
        });
        LiveViewModel model = view.model();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        // while the object races by (frames 150-220; scores come about a window after the picture)
        while (!fx(() -> model.whereProperty().get() != null && model.alerts().stream().anyMatch(LiveAlert::closed)
                && model.scoresProperty().get() != null && model.scoresProperty().get().length >= 170)) {
            if (System.nanoTime() > deadline || !fx(() -> model.runningProperty().get())) {
                throw new IllegalStateException("no flagged moment after a closed alert");
            }
            Thread.sleep(100);
        }
        WritableImage image = fx(() -> view.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        System.out.println("wrote " + file);
        fx(() -> {
            view.dispose();
            return null;
        });
        Platform.exit();
        System.exit(0);
    }
}
