package dev.vigil.ui.dataset;

import dev.vigil.dataset.ClipProbe;
import dev.vigil.dataset.SourceDataset;
import dev.vigil.ui.task.BackgroundTask;
import dev.vigil.ui.task.TaskExecutor;
import dev.vigil.ui.task.TaskState;
import dev.vigil.ui.task.UiBatcher;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Probes a dataset's clips in the background and fills their table rows as the probes come, in batches, counting
 * the clips probed and those that are not usable videos.
 */
final class ClipProbing {

    private final TaskExecutor executor;
    private final TaskState task;
    private final Consumer<String> log;
    private final ReadOnlyIntegerWrapper probed = new ReadOnlyIntegerWrapper(this, "probed");
    private final ReadOnlyIntegerWrapper problems = new ReadOnlyIntegerWrapper(this, "problems");
    private SourceDataset probing;

    /** @param task the screen's job state: a probe replaced by a newer job drops what it still reports */
    ClipProbing(TaskExecutor executor, TaskState task, Consumer<String> log) {
        this.executor = executor;
        this.task = task;
        this.log = log;
    }

    ReadOnlyIntegerProperty probedProperty() {
        return probed.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** Starts the counts over, for a dataset just opened. */
    void reset() {
        problems.set(0);
        probed.set(0);
    }

    /**
     * Probes the clips of {@code opened} into {@code rows}.
     *
     * @param done receives every probe once all are known, unless another dataset is probed by then
     */
    void start(SourceDataset opened, List<ClipRow> rows, Consumer<List<ClipProbe>> done) {
        probing = opened;
        Map<String, ClipRow> byPath = new HashMap<>();
        rows.forEach(row -> byPath.put(row.path(), row));
        BackgroundTask<?>[] self = new BackgroundTask<?>[1];
        UiBatcher<ClipProbe> batcher = new UiBatcher<>(executor.uiThread(), batch -> {
            if (!task.isCurrent(self[0])) {
                return;
            }
            for (ClipProbe probe : batch) {
                byPath.get(probe.clip().path()).probed(probe);
                if (!probe.readable()) {
                    problems.set(problems.get() + 1);
                }
            }
            probed.set(probed.get() + batch.size());
        });
        ProbeClipsTask probeTask = new ProbeClipsTask(opened.clips(), batcher::add);
        self[0] = probeTask;
        probeTask.onSuccess(all -> {
            if (probing != opened) {
                return;
            }
            long unusable = all.stream().filter(p -> !p.readable()).count();
            if (unusable > 0) {
                log.accept(unusable + " of " + all.size()
                        + " clips cannot be used; filter the table by problems to see why");
            }
            done.accept(all);
        });
        task.track(probeTask);
        executor.execute(probeTask);
    }
}
