package dev.vigil.ui.run;

import dev.vigil.experiment.run.RunContents;
import dev.vigil.experiment.run.RunReport;
import dev.vigil.timeline.folder.TimelineFolderSummary;
import dev.vigil.ui.common.Numbers;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * A run in a list of runs.
 *
 * @param dir    the run folder
 * @param status "finished · best AUROC 0.93 (knn)", "stopped after epoch 4 of 30 (can resume)", "long videos · 3
 *               videos · 2 flagged segments", or why it cannot be read
 */
public record RunEntry(Path dir, String status) {

    public String name() {
        return dir.getFileName().toString();
    }

    /** Describes a run from what its folder holds. */
    static RunEntry of(Path dir, RunContents run) {
        if (run.complete()) {
            RunReport.DetectorReport best = run.report().orElseThrow().detectors().stream()
                    .filter(d -> !Double.isNaN(d.auroc()))
                    .max(Comparator.comparingDouble(RunReport.DetectorReport::auroc)).orElse(null);
            return new RunEntry(dir, "finished" + (best == null ? "" : " · best AUROC "
                    + Numbers.compact(Math.round(best.auroc() * 1000) / 1000.0) + " (" + best.detector() + ")"));
        }
        int epochs = run.config().settings().training().epochs();
        if (run.resumable()) {
            return new RunEntry(dir, "stopped after epoch " + run.history().size() + " of " + epochs
                    + " · can resume");
        }
        return new RunEntry(dir, "stopped before training · can resume");
    }

    /** Describes a long-video output folder from its summary. */
    static RunEntry of(Path dir, TimelineFolderSummary summary) {
        return new RunEntry(dir, "long videos · " + summary.videos() + (summary.videos() == 1 ? " video · " : " videos · ")
                + summary.segments() + (summary.segments() == 1 ? " flagged segment" : " flagged segments")
                + (Double.isNaN(summary.frameAuroc()) ? "" : " · frame AUROC "
                + Numbers.compact(Math.round(summary.frameAuroc() * 1000) / 1000.0)));
    }

    @Override
    public String toString() {
        return name() + " — " + status;
    }
}
