package dev.vigil.ui.training;

import dev.vigil.training.EpochRecord;
import dev.vigil.ui.common.Numbers;

import java.util.List;

/** The training screen's words for epochs: a log line per epoch, and the summary over the history. */
final class EpochText {

    private EpochText() {
    }

    /** "epoch 3  train loss 0.041  validation loss 0.052  lr 0.001". */
    static String line(EpochRecord epoch) {
        return "epoch " + epoch.epoch() + "  train loss " + Numbers.compact(epoch.trainLoss())
                + (Double.isNaN(epoch.validationLoss()) ? "" : "  validation loss "
                + Numbers.compact(epoch.validationLoss()))
                + (Double.isNaN(epoch.learningRate()) ? "" : "  lr " + Numbers.compact(epoch.learningRate()));
    }

    /**
     * "Epoch 12 · train 0.041 · validation 0.052 · best validation 0.049 at epoch 9".
     *
     * @param stopped true when the run stopped and can be resumed
     */
    static String summary(List<EpochRecord> epochs, boolean stopped) {
        if (epochs.isEmpty()) {
            return "No training history yet";
        }
        EpochRecord last = epochs.get(epochs.size() - 1);
        EpochRecord best = null;
        for (EpochRecord epoch : epochs) {
            if (!Double.isNaN(epoch.validationLoss()) && (best == null || epoch.validationLoss() < best.validationLoss())) {
                best = epoch;
            }
        }
        return "Epoch " + last.epoch() + " · train " + Numbers.compact(last.trainLoss())
                + (Double.isNaN(last.validationLoss()) ? "" : " · validation " + Numbers.compact(last.validationLoss()))
                + (best == null ? "" : " · best validation " + Numbers.compact(best.validationLoss()) + " at epoch "
                + best.epoch())
                + (stopped ? " · stopped — Resume continues it" : "");
    }
}
