package dev.vigil.ui.settings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.experiment.config.ConfigException;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.ui.model.ModelViewModel;
import dev.vigil.ui.task.Debouncer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What the workbench remembers between sessions ({@link WorkbenchSettings}), written at every change: a crash must
 * not lose the recent lists or the model screen's settings. A failed write is logged, never fatal.
 */
public final class WorkbenchMemory {

    private final SettingsStore store;
    private final Consumer<String> log;
    private final ReadOnlyObjectWrapper<WorkbenchSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ObservableList<Path> recentRuns = FXCollections.observableArrayList();

    public WorkbenchMemory(SettingsStore store, Consumer<String> log) {
        this.store = store;
        this.log = log;
        settings.set(store.load());
        if (store.lastProblem() != null) {
            log.accept(store.lastProblem());
        }
        showRecentRuns();
    }

    public ReadOnlyObjectProperty<WorkbenchSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public WorkbenchSettings get() {
        return settings.get();
    }

    /** Run folders opened or made, newest first. */
    public ObservableList<Path> recentRuns() {
        return recentRuns;
    }

    /** Keeps a change and writes it at once. */
    public void update(UnaryOperator<WorkbenchSettings> change) {
        settings.set(change.apply(settings.get()));
        save();
        if (!recentRuns.equals(settings.get().recentRuns().stream().map(Path::of).toList())) {
            showRecentRuns();
        }
    }

    public void save() {
        try {
            store.save(settings.get());
        } catch (IOException e) {
            log.accept("Settings not saved to " + store.file() + ": " + e.getMessage());
        }
    }

    /** Where new runs go: {@code -Dvigil.runs}, else the folder chosen last, else {@code ~/vigil/runs}. */
    public Path runsFolder() {
        String property = System.getProperty("vigil.runs");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        if (settings.get().runsFolder() != null) {
            return Path.of(settings.get().runsFolder());
        }
        return Path.of(System.getProperty("user.home"), "vigil", "runs");
    }

    /** The runs folder starts as {@link #runsFolder()} and is remembered whenever it changes. */
    public void keepRunsFolder(ObjectProperty<Path> folder) {
        folder.set(runsFolder());
        folder.addListener((obs, old, now) -> {
            if (now != null) {
                update(s -> s.withRunsFolder(now.toString()));
            }
        });
    }

    /** Each dataset opened heads the recent list. */
    public void keepRecentDatasets(ObservableValue<Path> source) {
        source.addListener((obs, old, now) -> {
            if (now != null) {
                update(s -> s.withRecentDataset(now.toString()));
            }
        });
    }

    /**
     * The model screen starts with the last session's settings and keeps every change once the form rests.
     *
     * @param settleDelay how long the form must rest
     */
    public void keepModelSettings(ModelViewModel model, Executor uiThread, Duration settleDelay) {
        ObjectNode saved = settings.get().experiment();
        if (saved != null) {
            try {
                model.apply(ExperimentConfig.fromTree(saved, store.file().toString()));
            } catch (ConfigException e) {
                log.accept("The last model settings were not restored: " + e.getMessage());
            }
        }
        Debouncer keep = new Debouncer(uiThread, settleDelay, () -> {
            ExperimentConfig config = model.configProperty().get();
            if (config != null && !config.tree().equals(settings.get().experiment())) {
                update(s -> s.withExperiment(config.tree()));
            }
        });
        model.configProperty().addListener((obs, old, now) -> keep.request());
    }

    private void showRecentRuns() {
        recentRuns.setAll(settings.get().recentRuns().stream().map(Path::of).toList());
    }
}
