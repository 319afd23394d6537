package dev.vigil.ui.run;

import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.ui.task.BackgroundTask;
import dev.vigil.ui.task.TaskExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a run folder or a long-video output folder in the background for the screens. A folder that cannot be read
 * is reported with the reason; one that is gone leaves the recent list.
 */
public final class FolderReader {

    /** What a folder is read into; may throw, naming the file and the reason. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(Path folder) throws Exception;
    }

    private final TaskExecutor executor;
    private final Consumer<Path> gone;
    private final Consumer<String> report;

    /** @param gone told of a folder that no longer exists, so that it leaves the recent list */
    public FolderReader(TaskExecutor executor, Consumer<Path> gone, Consumer<String> report) {
        this.executor = executor;
        this.gone = gone;
        this.report = report;
    }

    /**
     * @param what "run" or "long videos", for the job's title and the problem
     * @param show receives what was read, on the UI thread
     */
    public <T> void read(String what, Path folder, Reader<T> reader, Consumer<T> show) {
        BackgroundTask<T> read = new BackgroundTask<>("Open " + what + " " + folder.getFileName()) {
            @Override
            protected T call(ProgressListener progress, CancellationToken cancellation) throws Exception {
                return reader.read(folder);
            }
        };
        read.onSuccess(show).onFailure(error -> {
            report.accept("Cannot open " + what + " " + folder + ": " + BackgroundTask.describe(error));
            if (!Files.isDirectory(folder)) {
                gone.accept(folder);
            }
        });
        executor.execute(read);
    }
}
