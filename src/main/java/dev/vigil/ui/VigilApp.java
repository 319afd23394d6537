package dev.vigil.ui;

import dev.vigil.backbone.BackboneKind;
import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.DjlRuntime;
import dev.vigil.experiment.BackboneEmbedder;
import dev.vigil.experiment.ExperimentPipeline;
import dev.vigil.ui.common.FxFilePicker;
import dev.vigil.ui.model.BackboneChoice;
import dev.vigil.ui.settings.SettingsStore;
import dev.vigil.ui.settings.WorkbenchSettings;
import dev.vigil.ui.task.TaskMonitor;
import dev.vigil.ui.task.UiTaskExecutor;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The workbench window: builds the view models and views, restores the window, and saves on close. */
public class VigilApp extends Application {

    static final double DEFAULT_WIDTH = 1360;
    static final double DEFAULT_HEIGHT = 860;
    /** The smallest window every screen is laid out for (a 1024×768 display, less a task bar). */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;

    private MainViewModel model;
    private MainView view;

    public static void main(String[] args) {
        launch(VigilApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        open(stage, SettingsStore.forUser(), pipeline());
        model.model().loadBackbones(model.executor(), VigilApp::backbones);
        model.model().countParametersWith(model.executor(), id -> BackboneRegistry.locate().parameterNames(id));
        List<String> opened = getParameters().getRaw();
        if (opened.size() == 1) {
            // the desktop opened a file or folder with Vigil (a .vigil bundle, a run, long videos, a dataset)
            model.navigation().open(Path.of(opened.get(0)).toAbsolutePath());
        } else {
            model.navigation().openStartDataset();
        }
        model.model().detectDevices(model.executor(), DjlRuntime::gpuCount);
    }

    /** What Start runs: the core's pipeline with the backbones of the models folder and the embedding cache. */
    static ExperimentPipeline pipeline() {
        return new ExperimentPipeline(BackboneEmbedder.standard());
    }

    /** Every model card of the models folder, the built-in first, each with whether it can be used now. */
    static List<BackboneChoice> backbones() {
        return backbones(BackboneRegistry.locate());
    }

    /** The backbones of a registry, each with whether it can be used, and fine-tuned, here. */
    static List<BackboneChoice> backbones(BackboneRegistry registry) {
        return registry.entries().stream().map(entry -> {
            boolean torchScript = entry.card().kind() == BackboneKind.TORCHSCRIPT;
            return new BackboneChoice(entry.card().id(), entry.card().name(), entry.card().embeddingSize(),
                    torchScript, entry.available(), torchScript && Files.isRegularFile(entry.modelFile()),
                    entry.howToGet());
        }).toList();
    }

    /** Builds the window on {@code stage} and shows it; the screens start empty. */
    MainViewModel open(Stage stage, SettingsStore store, ExperimentPipeline pipeline) {
        TaskMonitor monitor = new TaskMonitor();
        model = new MainViewModel(new UiTaskExecutor(monitor), monitor, store, Duration.ofMillis(150), pipeline);
        FxFilePicker picker = new FxFilePicker(stage, () -> model.settingsProperty().get().lastFolder(),
                model::rememberFolder);
        view = new MainView(model, picker, () -> quit(stage));
        Scene scene = new Scene(view, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Stylesheet.location());
        stage.setScene(scene);
        stage.setTitle("Vigil");
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        place(stage, model.settingsProperty().get().window());
        stage.setOnCloseRequest(event -> {
            if (!model.requestQuit(() -> confirmStopTraining(stage), stage::close)) {
                event.consume();
            }
        });
        stage.setOnHidden(event -> stop(stage));
        stage.show();
        return model;
    }

    MainView view() {
        return view;
    }

    /** File ▸ Quit closes as the window's close button does: asking first while training runs. */
    private void quit(Stage stage) {
        if (model != null && model.requestQuit(() -> confirmStopTraining(stage), stage::close)) {
            stage.close();
        }
    }

    private boolean confirmStopTraining(Stage stage) {
        return Dialogs.confirmStopTraining(stage, model.training().taskActiveProperty());
    }

    /** Restores the last window placement when it is still on a screen, else centres the default size. */
    static void place(Stage stage, WorkbenchSettings.WindowBounds bounds) {
        if (bounds == null || bounds.width() < 400 || bounds.height() < 300
                || Screen.getScreensForRectangle(new Rectangle2D(bounds.x(), bounds.y(), bounds.width(),
                bounds.height())).isEmpty()) {
            stage.setWidth(DEFAULT_WIDTH);
            stage.setHeight(DEFAULT_HEIGHT);
            stage.centerOnScreen();
            return;
        }
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    private void stop(Stage stage) {
        if (model == null) {
            return;
        }
        if (!stage.isIconified()) {
            model.rememberWindow(new WorkbenchSettings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
        }
        view.dispose();
        model.shutdown();
        model = null;
    }
}
