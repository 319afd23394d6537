package dev.vigil.ui;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.experiment.ExperimentPipeline;
import dev.vigil.ui.common.FilePicker;
import dev.vigil.ui.longvideo.TimelineEngine;
import dev.vigil.ui.settings.SettingsStore;
import dev.vigil.ui.task.TaskMonitor;
import dev.vigil.ui.task.UiTaskExecutor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The workbench window as the headless tests open it, with its own settings file, and waits on the FX thread. */
record TestWindow(MainViewModel model, MainView view) {

    /** Shows the workbench on {@code stage}; settings go to a new file under {@code dir}. */
    static TestWindow show(Stage stage, Path dir, ExperimentPipeline pipeline, FilePicker picker) throws Exception {
        return show(stage, dir, pipeline, picker, new TimelineEngine(new BackboneRegistry(null),
                new EmbeddingCache(dir.resolve("cache"))));
    }

    /** As {@link #show(Stage, Path, ExperimentPipeline, FilePicker)}, with the backbones long-video runs use. */
    static TestWindow show(Stage stage, Path dir, ExperimentPipeline pipeline, FilePicker picker,
                           TimelineEngine timelines) throws Exception {
        // within Monocle's headless screen (1280×800): a larger window fails to paint
        return show(stage, dir, pipeline, picker, timelines, 1200, 760);
    }

    /** As above, in a window of the given size. */
    static TestWindow show(Stage stage, Path dir, ExperimentPipeline pipeline, FilePicker picker,
                           TimelineEngine timelines, double width, double height) throws Exception {
        TaskMonitor monitor = new TaskMonitor();
        Path settings = Files.createTempDirectory(dir, "settings").resolve("settings.json");
        MainViewModel model = new MainViewModel(new UiTaskExecutor(monitor), monitor, new SettingsStore(settings),
                Duration.ofMillis(50), pipeline, timelines);
        MainView view = new MainView(model, picker, stage::close);
        Scene scene = new Scene(view, width, height);
        scene.getStylesheets().add(Stylesheet.location());
        stage.setScene(scene);
        stage.show();
        return new TestWindow(model, view);
    }

    /** Stops the player and the workers. */
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            view.dispose();
            model.shutdown();
        }).get(10, TimeUnit.SECONDS);
    }

    /** An entry of an open popup (a menu, a choice box's list): the same text may also stand in the window. */
    Node popupItem(FxRobot robot, String text) {
        return robot.lookup((Node node) -> node instanceof Labeled label && text.equals(label.getText())
                && node.getScene() != view.getScene()).query();
    }

    static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(5, TimeUnit.SECONDS);
    }

    static void waitFor(Callable<Boolean> condition, String what) throws Exception {
        waitFor(condition, what, 10);
    }

    static void waitFor(Callable<Boolean> condition, String what, int seconds) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }
}
