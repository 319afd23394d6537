package dev.vigil.ui.training;

import dev.vigil.dataset.Dataset;
import dev.vigil.experiment.config.ConfigException;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.ui.dataset.DatasetViewModel;
import dev.vigil.ui.model.ModelViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What Start trains: the dataset screen's prepared manifest with the model screen's settings, into a new run folder
 * named after the dataset and the time. Says why it cannot yet, in the words of the screen to go to.
 */
public final class TrainingPlan implements Callable<ExperimentConfig> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DatasetViewModel dataset;
    private final ModelViewModel model;
    private final ObjectProperty<Path> runsFolder;
    private final StringBinding problem;

    public TrainingPlan(DatasetViewModel dataset, ModelViewModel model, ObjectProperty<Path> runsFolder) {
        this.dataset = dataset;
        this.model = model;
        this.runsFolder = runsFolder;
        problem = Bindings.createStringBinding(this::problem, dataset.datasetProperty(), dataset.sourceProperty(),
                model.problems(), runsFolder);
    }

    /** Why Start is off, empty when it is on. */
    public StringBinding problemProperty() {
        return problem;
    }

    private String problem() {
        Dataset prepared = dataset.datasetProperty().get();
        if (prepared == null || dataset.sourceProperty().get() == null) {
            return dataset.sourceProperty().get() == null ? "Open a dataset first (Dataset screen)"
                    : "Prepare the dataset first (Dataset screen ▸ Prepare): training needs its train, val, test and "
                    + "anomaly splits";
        }
        if (prepared.clips().isEmpty()) {
            return "The dataset has no clips";
        }
        if (!model.problems().isEmpty()) {
            return "Fix the model settings first (Model screen): " + model.problems().get(0);
        }
        return runsFolder.get() == null ? "Choose a runs folder" : "";
    }

    @Override
    public ExperimentConfig call() {
        String why = problem();
        if (!why.isEmpty()) {
            throw new ConfigException(null, List.of(why));
        }
        Path manifest = dataset.sourceProperty().get();
        Path runs = runsFolder.get();
        String base = manifest.toAbsolutePath().getParent().getFileName() + "-" + LocalDateTime.now().format(STAMP);
        return model.config(manifest, runs, RunFolder.freeName(runs, base));
    }
}
