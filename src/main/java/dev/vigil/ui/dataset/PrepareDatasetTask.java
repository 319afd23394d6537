package dev.vigil.ui.dataset;

import dev.vigil.dataset.Preparation;
import dev.vigil.dataset.PreparationWriter;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.ui.task.BackgroundTask;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a preparation plan as a new manifest with its report (manifest.csv, preparation.json, preparation.txt). */
final class PrepareDatasetTask extends BackgroundTask<PreparationWriter.Written> {

    private final Preparation plan;
    private final Path outDir;

    PrepareDatasetTask(Preparation plan, Path outDir) {
        super("Prepare " + outDir.getFileName());
        this.plan = plan;
        this.outDir = outDir;
    }

    @Override
    protected PreparationWriter.Written call(ProgressListener progress, CancellationToken cancellation)
            throws IOException {
        return PreparationWriter.write(plan, outDir, false);
    }
}
