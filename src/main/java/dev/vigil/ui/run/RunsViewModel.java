package dev.vigil.ui.run;

import dev.vigil.experiment.run.RunFolder;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.timeline.folder.TimelineFolder;
import dev.vigil.ui.task.BackgroundTask;
import dev.vigil.ui.task.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The runs panel: the runs and long-video output folders in the runs folder (newest first, each with how it ended)
 * and those opened lately elsewhere. Listing reads each folder, so it runs in the background.
 */
public final class RunsViewModel {

    private final TaskExecutor executor;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ObservableList<RunEntry> runs = FXCollections.observableArrayList();
    private final ObjectProperty<Path> running = new SimpleObjectProperty<>(this, "running");

    public RunsViewModel(TaskExecutor executor) {
        this.executor = executor;
        folder.addListener(obs -> refresh());
        // a run appears when it starts and shows how it ended when it stops, without a press on Refresh
        running.addListener(obs -> refresh());
    }

    /** The run folder being trained into now, or null: it is listed as running. */
    public ObjectProperty<Path> runningProperty() {
        return running;
    }

    /** Where new runs go, and whose runs are listed. */
    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /** The runs of the runs folder, newest first. */
    public ObservableList<RunEntry> runs() {
        return runs;
    }

    /** Lists the runs folder again (after a run finished, or on request). */
    public void refresh() {
        Path dir = folder.get();
        Path inProgress = running.get();
        if (dir == null) {
            runs.clear();
            return;
        }
        BackgroundTask<List<RunEntry>> list = new BackgroundTask<>("List runs in " + dir.getFileName()) {
            @Override
            protected List<RunEntry> call(ProgressListener progress, CancellationToken cancellation)
                    throws IOException {
                List<RunEntry> entries = new ArrayList<>();
                for (Path run : RunFolder.list(dir)) {
                    cancellation.throwIfCancelled();
                    if (run.equals(inProgress)) {
                        entries.add(new RunEntry(run, "running"));
                        continue;
                    }
                    try {
                        entries.add(RunEntry.of(run, RunFolder.open(run).read()));
                    } catch (IOException | RuntimeException e) {
                        entries.add(new RunEntry(run, "cannot be read: " + BackgroundTask.describe(e)));
                    }
                }
                for (Path timeline : TimelineFolder.list(dir)) {
                    cancellation.throwIfCancelled();
                    try {
                        entries.add(RunEntry.of(timeline, TimelineFolder.summary(timeline)));
                    } catch (IOException | RuntimeException e) {
                        entries.add(new RunEntry(timeline, "long videos · cannot be read: "
                                + BackgroundTask.describe(e)));
                    }
                }
                entries.sort(Comparator.comparing((RunEntry e) -> modified(e.dir())).reversed());
                if (inProgress != null && dir.equals(inProgress.getParent())
                        && entries.stream().noneMatch(entry -> entry.dir().equals(inProgress))) {
                    // a run that has only just made its folder is not a readable run yet, but it is running
                    entries.add(0, new RunEntry(inProgress, "running"));
                }
                return entries;
            }
        };
        list.onSuccess(found -> {
            if (dir.equals(folder.get())) {
                runs.setAll(found);
            }
        });
        executor.execute(list);
    }

    private static FileTime modified(Path dir) {
        try {
            return Files.getLastModifiedTime(dir);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
