package dev.vigil.ui.dataset;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Manifest;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.ui.task.BackgroundTask;
import dev.vigil.ui.task.TaskAware;
import dev.vigil.ui.task.TaskExecutor;
import dev.vigil.ui.task.TaskState;
import dev.vigil.ui.task.UiBatcher;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The dataset screen: opens a dataset folder ({@code root/<class>/<clip>}) or a {@code manifest.csv}, lists its clips,
 * probes them in the background so the table fills with duration, size and problems, and holds the class roles and
 * the preparation settings.
 */
public final class DatasetViewModel implements TaskAware {

    private final TaskExecutor executor;
    private final Consumer<String> log;
    private final TaskState task = new TaskState();
    private final ReadOnlyObjectWrapper<Path> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ObservableList<ClipRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ClipRow> visibleRows = new FilteredList<>(rows);
    private final ObservableList<ClassRow> classes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<String, Map<String, Integer>>> counts =
            new ReadOnlyObjectWrapper<>(this, "counts", Map.of());
    private final ReadOnlyIntegerWrapper probed = new ReadOnlyIntegerWrapper(this, "probed");
    private final ReadOnlyIntegerWrapper problems = new ReadOnlyIntegerWrapper(this, "problems");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty problemsOnly = new SimpleBooleanProperty(this, "problemsOnly");
    private final PreparationSettings preparation = new PreparationSettings();
    private final StringBinding summary;
    private final BooleanBinding canPrepare;

    public DatasetViewModel(TaskExecutor executor, Consumer<String> log) {
        this.executor = executor;
        this.log = log;
        summary = Bindings.createStringBinding(this::describe, rows, classes, probed, problems);
        search.addListener(obs -> refilter());
        problemsOnly.addListener(obs -> refilter());
        // Preparing a folder needs the dataset preparation of the core; until this build has it the command stays off.
        canPrepare = Bindings.createBooleanBinding(() -> false);
    }

    // Properties

    /** The folder or manifest shown, or null. */
    public ReadOnlyObjectProperty<Path> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The dataset as a manifest describes it (clips with splits); null for a folder not yet prepared. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ObservableList<ClipRow> rows() {
        return rows;
    }

    /** The rows that pass the search text and the problems-only filter. */
    public ObservableList<ClipRow> visibleRows() {
        return visibleRows;
    }

    public ObservableList<ClassRow> classes() {
        return classes;
    }

    /** Clips per class and split name ("—" before preparation), classes sorted. */
    public ReadOnlyObjectProperty<Map<String, Map<String, Integer>>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty probedProperty() {
        return probed.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** Why the last open failed, empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
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

    public BooleanBinding canPrepareProperty() {
        return canPrepare;
    }

    /** Why Prepare is off. */
    public String prepareUnavailableReason() {
        return "Preparing a dataset folder (grouping, split, balance) is not available in this build yet; "
                + "open a prepared manifest.csv instead.";
    }

    @Override
    public TaskState taskState() {
        return task;
    }

    // Commands

    /** Opens a dataset folder, a folder holding a manifest.csv, or a manifest file. */
    public void open(Path path) {
        if (Files.isDirectory(path)) {
            Path manifest = path.resolve(Manifest.FILE_NAME);
            if (Files.isRegularFile(manifest)) {
                openManifest(manifest);
            } else {
                openFolder(path);
            }
        } else {
            openManifest(path);
        }
    }

    public void openFolder(Path folder) {
        start(new ScanFolderTask(folder), folder);
    }

    public void openManifest(Path manifest) {
        BackgroundTask<LoadedDataset> read = new BackgroundTask<>("Read " + manifest.getFileName()) {
            @Override
            protected LoadedDataset call(ProgressListener progress, CancellationToken cancellation) throws IOException {
                Dataset read = Manifest.read(manifest);
                return new LoadedDataset(read.clips().stream().filter(c -> c.view() == 0).map(c -> row(read, c))
                        .toList(), read);
            }
        };
        start(read, manifest);
    }

    /** Stops the running scan or probe; rows probed so far keep their results. */
    public void cancel() {
        task.cancel();
    }

    /** The dataset screen's Prepare: unavailable in this build, see {@link #prepareUnavailableReason()}. */
    public void prepare() {
        if (!canPrepare.get()) {
            log.accept(prepareUnavailableReason());
        }
    }

    private static ClipRow row(Dataset dataset, Clip clip) {
        return new ClipRow(clip.path(), dataset.resolve(clip), clip.className(), clip.split(), clip.isAnomaly());
    }

    private void start(BackgroundTask<LoadedDataset> load, Path path) {
        task.cancel();
        error.set("");
        load.onSuccess(loaded -> {
            dataset.set(loaded.dataset());
            show(path, loaded.rows());
        }).onFailure(problem -> {
            error.set(BackgroundTask.describe(problem));
            log.accept(BackgroundTask.describe(problem));
        });
        task.track(load);
        executor.execute(load);
    }

    private void show(Path path, List<ClipRow> loaded) {
        source.set(path);
        problems.set(0);
        probed.set(0);
        rows.setAll(loaded);
        Map<String, Integer> perClass = new TreeMap<>();
        Map<String, Boolean> anomalous = new TreeMap<>();
        Map<String, Map<String, Integer>> perClassAndSplit = new TreeMap<>();
        for (ClipRow row : loaded) {
            perClass.merge(row.className(), 1, Integer::sum);
            anomalous.merge(row.className(), row.anomaly(), Boolean::logicalOr);
            perClassAndSplit.computeIfAbsent(row.className(), k -> new TreeMap<>()).merge(row.splitName(), 1, Integer::sum);
        }
        classes.setAll(perClass.entrySet().stream()
                .map(e -> new ClassRow(e.getKey(), e.getValue(), anomalous.get(e.getKey()))).toList());
        counts.set(perClassAndSplit);
        log.accept("Opened " + path + ": " + loaded.size() + " clips in " + perClass.size() + " classes");
        probe(loaded);
    }

    private void probe(List<ClipRow> toProbe) {
        BackgroundTask<?>[] self = new BackgroundTask<?>[1];
        UiBatcher<ProbeClipsTask.Outcome> batcher = new UiBatcher<>(executor.uiThread(), batch -> {
            if (!task.isCurrent(self[0])) {
                return;
            }
            for (ProbeClipsTask.Outcome outcome : batch) {
                ClipRow row = toProbe.get(outcome.index());
                if (outcome.info() != null) {
                    row.probed(outcome.info());
                } else {
                    row.failed(outcome.problem());
                    problems.set(problems.get() + 1);
                }
            }
            probed.set(probed.get() + batch.size());
        });
        ProbeClipsTask probeTask = new ProbeClipsTask(toProbe.stream().map(ClipRow::file).toList(), batcher::add);
        self[0] = probeTask;
        probeTask.onSuccess(count -> {
            if (count > 0) {
                log.accept(count + " of " + toProbe.size() + " clips cannot be used; filter the table by problems to see why");
            }
        });
        task.track(probeTask);
        executor.execute(probeTask);
    }

    private void refilter() {
        String text = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        boolean onlyProblems = problemsOnly.get();
        visibleRows.setPredicate(row -> (!onlyProblems || row.statusProperty().get() == ClipRow.Status.PROBLEM)
                && (text.isEmpty() || row.path().toLowerCase(Locale.ROOT).contains(text)
                || row.className().toLowerCase(Locale.ROOT).contains(text)));
    }

    private String describe() {
        if (rows.isEmpty()) {
            return "No dataset open";
        }
        StringBuilder text = new StringBuilder();
        text.append(rows.size()).append(rows.size() == 1 ? " clip" : " clips");
        text.append(" · ").append(classes.size()).append(classes.size() == 1 ? " class" : " classes");
        if (probed.get() < rows.size()) {
            text.append(" · ").append(probed.get()).append(" probed");
        }
        if (problems.get() > 0) {
            text.append(" · ").append(problems.get()).append(problems.get() == 1 ? " problem" : " problems");
        }
        return text.toString();
    }
}
