package dev.vigil.training;

import java.util.List;

/**
 * Receives training events as plain numbers: a chart, a console printer and the history file all listen the same
 * way. Called on the training thread; a UI must hand the numbers over to its own thread.
 */
public interface TrainingListener {

    /**
     * Training starts or resumes.
     *
     * @param epochs          epochs in all
     * @param batchesPerEpoch training batches per epoch
     * @param history         epochs already done (empty unless resumed)
     */
    default void onStart(int epochs, int batchesPerEpoch, List<EpochRecord> history) {
    }

    default void onBatch(BatchEvent event) {
    }

    /** Something the user should know about the run, e.g. that a damaged checkpoint was passed over. */
    default void onNote(String note) {
    }

    /** An epoch ended; {@code best} when its loss is the best so far (the best checkpoint was just written). */
    default void onEpoch(EpochRecord record, boolean best) {
    }
}
