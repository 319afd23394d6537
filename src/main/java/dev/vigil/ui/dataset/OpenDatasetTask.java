package dev.vigil.ui.dataset;

import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.ui.task.BackgroundTask;

import java.io.IOException;
import java.nio.file.Path;

/** Reads a dataset folder or a manifest: listing a folder of thousands of clips takes a while on a slow disk. */
final class OpenDatasetTask extends BackgroundTask<OpenedDataset> {

    private final Path input;

    OpenDatasetTask(Path input) {
        super("Open " + input.getFileName());
        this.input = input;
    }

    @Override
    protected OpenedDataset call(ProgressListener progress, CancellationToken cancellation) throws IOException {
        return OpenedDataset.read(input);
    }
}
