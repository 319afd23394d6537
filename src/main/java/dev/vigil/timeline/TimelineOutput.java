package dev.vigil.timeline;

import dev.vigil.backbone.Backbone;
import dev.vigil.detector.Detector;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a finished timeline run goes. The run computes; how its output is laid out on disk is the output folder's
 * business (its writer is {@code TimelineFolder::write}), so the domain never depends on its file format.
 */
@FunctionalInterface
public interface TimelineOutput {

    /**
     * Writes a run's output into {@code dir}.
     *
     * @param maps     each place's normal, or null for a backbone without cells
     * @param backbone the backbone that embedded the windows
     */
    void write(Path dir, TimelineReport report, Detector detector, CellMapModel maps, Backbone backbone)
            throws IOException;
}
