package dev.vigil.ui.dataset;

import dev.vigil.dataset.ClipProbe;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.DatasetPreparer;
import dev.vigil.dataset.Preparation;
import dev.vigil.dataset.PreparationWriter;
import dev.vigil.dataset.SourceDataset;
import dev.vigil.ui.task.BackgroundTask;
import dev.vigil.ui.task.Coalescer;
import dev.vigil.ui.task.TaskAware;
import dev.vigil.ui.task.TaskExecutor;
import dev.vigil.ui.task.TaskState;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The dataset screen. It opens a dataset folder ({@code root/<class>/<clip>}) or a {@code manifest.csv} through the
 * core's import, probes the clips in the background so the table fills with duration, size and problems, and keeps a
 * preparation plan up to date with the settings and the classes marked anomalous (planning is quick and pure, so it
 * runs on every change). Prepare writes the plan as a new manifest and opens it. A prepared manifest's own splits are
 * what the table shows for it; the plan tells what preparing it again would give.
 */
public final class DatasetViewModel implements TaskAware {

    private final TaskExecutor executor;
    private final Consumer<String> log;
    private final TaskState task = new TaskState();
    private final ReadOnlyObjectWrapper<Path> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<Preparation> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ObservableList<ClipRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ClipRow> visibleRows = new FilteredList<>(rows);
    private final ReadOnlyObjectWrapper<Map<String, Map<String, Integer>>> counts =
            new ReadOnlyObjectWrapper<>(this, "counts", Map.of());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper settingsProblem = new ReadOnlyStringWrapper(this, "settingsProblem", "");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty problemsOnly = new SimpleBooleanProperty(this, "problemsOnly");
    private final PreparationSettings preparation = new PreparationSettings();
    private final ClipProbing probing;
    private final Coalescer replanLater;
    private final ClassChoice classes;
    private final StringBinding summary;
    private final StringBinding planSummary;
    private final BooleanBinding canPrepare;
    private SourceDataset opened;
    private List<ClipProbe> probes;

    public DatasetViewModel(TaskExecutor executor, Consumer<String> log) {
        this.executor = executor;
        this.log = log;
        probing = new ClipProbing(executor, task, log);
        replanLater = new Coalescer(executor.uiThread(), this::replan);
        classes = new ClassChoice(replanLater::request);
        summary = Bindings.createStringBinding(() -> DatasetSummaries.describe(rows.size(), classes.rows().size(),
                probing.probedProperty().get(), probing.problemsProperty().get()), rows, classes.rows(),
                probing.probedProperty(), probing.problemsProperty());
        planSummary = Bindings.createStringBinding(() -> DatasetSummaries.describePlan(plan.get()), plan);
        canPrepare = plan.isNotNull().and(task.activeProperty().not());
        search.addListener(obs -> refilter());
        problemsOnly.addListener(obs -> refilter());
        for (var setting : preparation.dependencies()) {
            setting.addListener(obs -> replanLater.request());
        }
    }

    // Properties

    @Override
    public TaskState taskState() {
        return task;
    }

    /** The folder or manifest shown, or null. */
    public ReadOnlyObjectProperty<Path> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The prepared dataset (a manifest with splits) to train on; null for a folder not yet prepared. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** What preparing with the current settings gives; null until the clips are probed or while settings are wrong. */
    public ReadOnlyObjectProperty<Preparation> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ObservableList<ClipRow> rows() {
        return rows;
    }

    /** The rows that pass the search text and the problems-only filter. */
    public ObservableList<ClipRow> visibleRows() {
        return visibleRows;
    }

    public ObservableList<ClassRow> classes() {
        return classes.rows();
    }

    /** Clips per class and split name ("—" where no split is known yet), classes sorted. */
    public ReadOnlyObjectProperty<Map<String, Map<String, Integer>>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty probedProperty() {
        return probing.probedProperty();
    }

    /** Clips that are not usable videos. */
    public ReadOnlyIntegerProperty problemsProperty() {
        return probing.problemsProperty();
    }

    /** Why the last open or prepare failed, empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What is wrong with the preparation settings for this dataset, empty when they work. */
    public ReadOnlyStringProperty settingsProblemProperty() {
        return settingsProblem.getReadOnlyProperty();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty problemsOnlyProperty() {
        return problemsOnly;
    }

    public PreparationSettings preparation() {
        return preparation;
    }

    /** "42 clips · 5 classes · 40 probed · 2 problems". */
    public StringBinding summaryProperty() {
        return summary;
    }

    /** "Keeps 40 of 42 clips: 18 train, 4 val, 14 test, 4 anomaly (manifest rows 40)". */
    public StringBinding planSummaryProperty() {
        return planSummary;
    }

    public BooleanBinding canPrepareProperty() {
        return canPrepare;
    }

    // Commands

    /** Opens a dataset folder, a folder holding a manifest.csv, or a manifest file. */
    public void open(Path path) {
        OpenDatasetTask open = new OpenDatasetTask(OpenedDataset.input(path));
        task.cancel();
        error.set("");
        open.onSuccess(this::show).onFailure(problem -> fail(problem));
        task.track(open);
        executor.execute(open);
    }

    /** Same as {@link #open}; kept for the manifest button's clarity. */
    public void openManifest(Path manifest) {
        open(manifest);
    }

    /** Stops the running open or probe; clips probed so far keep their results. */
    public void cancel() {
        task.cancel();
    }

    /** Marks a class (after grouping) anomalous or normal and plans again. */
    public void setAnomalous(String className, boolean anomalous) {
        classes.mark(className, anomalous);
    }

    /**
     * Writes the plan into {@code outDir} (manifest.csv, preparation.json, preparation.txt) and opens the written
     * manifest. Never writes into the dataset folder or over the manifest that was read.
     */
    public void prepare(Path outDir) {
        Preparation current = plan.get();
        if (current == null) {
            return;
        }
        List<String> outputProblems = PreparationWriter.outputProblems(current.source(), outDir, false);
        if (!outputProblems.isEmpty()) {
            fail(new IOException(String.join("; ", outputProblems)));
            return;
        }
        PrepareDatasetTask write = new PrepareDatasetTask(current, outDir);
        write.onSuccess(written -> {
            log.accept("Prepared " + current.keptCount() + " clips into " + written.manifest() + " (report: "
                    + written.reportText().getFileName() + ")");
            open(written.manifest());
        }).onFailure(this::fail);
        error.set("");
        task.track(write);
        executor.execute(write);
    }

    private void show(OpenedDataset result) {
        opened = result.source();
        probes = null;
        plan.set(null);
        dataset.set(result.prepared());
        source.set(result.source().input());
        List<ClipRow> loaded = result.rows();
        probing.reset();
        rows.setAll(loaded);
        classes.reset(DatasetPreparer.labelledAnomalous(opened, preparation.grouping()));
        showClasses(null);
        showCounts(null);
        result.logLines(loaded.size(), classes.rows().size()).forEach(log);
        probe(loaded);
    }

    private void probe(List<ClipRow> toProbe) {
        probing.start(opened, toProbe, done -> {
            probes = done;
            replan();
        });
    }

    /** Plans the preparation with the current settings; quick and pure, so it runs on every change. */
    private void replan() {
        if (opened == null) {
            return;
        }
        var outcome = PreparationPlanner.plan(opened, probes, preparation.groupingProblemsProperty().get(),
                preparation.builder(classes.anomalous()));
        settingsProblem.set(DatasetSummaries.describeProblems(outcome.problems()));
        Preparation next = outcome.plan();
        if (next == null) {
            plan.set(null);
            showClasses(null);
            return;
        }
        if (dataset.get() == null) {
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).planned(next.clips().get(i));
            }
            refilter();
        }
        plan.set(next);
        showClasses(next);
        showCounts(next);
    }

    /** Classes after grouping, with counts and the anomalous ticks; ticking one plans again. */
    private void showClasses(Preparation current) {
        classes.show(DatasetPreparer.classes(opened, preparation.grouping()),
                DatasetSummaries.clipsPerClass(rows, current));
    }

    private void showCounts(Preparation current) {
        counts.set(DatasetSummaries.counts(rows, dataset.get() == null ? current : null));
    }

    private void fail(Throwable problem) {
        String message = BackgroundTask.describe(problem);
        error.set(message);
        log.accept(message);
    }

    private void refilter() {
        visibleRows.setPredicate(ClipRow.matching(search.get(), problemsOnly.get()));
    }
}
