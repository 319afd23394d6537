package dev.vigil.training;

import dev.vigil.progress.CancellationToken;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The surroundings of one training run: where checkpoints go (none: nothing is written), who listens, and the
 * token that cancels it.
 *
 * @param checkpoints  checkpoint folder, or null to keep everything in memory
 * @param listeners    training listeners, called in order
 * @param cancellation checked between batches
 */
public record TrainingSession(CheckpointStore checkpoints, List<TrainingListener> listeners,
                              CancellationToken cancellation) {

    public TrainingSession {
        listeners = List.copyOf(listeners);
        if (cancellation == null) {
            cancellation = CancellationToken.none();
        }
    }

    /** No checkpoints, no listeners, no cancel. */
    public static TrainingSession plain() {
        return new TrainingSession(null, List.of(), CancellationToken.none());
    }

    public TrainingSession withCheckpoints(Path dir) {
        return withCheckpoints(new CheckpointStore(dir));
    }

    public TrainingSession withCheckpoints(CheckpointStore store) {
        return new TrainingSession(store, listeners, cancellation);
    }

    public TrainingSession withListener(TrainingListener listener) {
        List<TrainingListener> all = new ArrayList<>(listeners);
        all.add(listener);
        return new TrainingSession(checkpoints, all, cancellation);
    }

    public TrainingSession withCancellation(CancellationToken token) {
        return new TrainingSession(checkpoints, listeners, token);
    }
}
