package dev.vigil.ui.training;

import dev.vigil.training.EpochRecord;
import dev.vigil.ui.common.Numbers;
import dev.vigil.ui.task.TaskAware;
import dev.vigil.ui.task.TaskExecutor;
import dev.vigil.ui.task.TaskState;
import dev.vigil.ui.task.UiBatcher;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The training screen: the loss history (filled live from plain per-epoch numbers, batched onto the UI thread), the
 * training log, and the Start, Cancel and Resume commands.
 */
public final class TrainingViewModel implements TaskAware {

    /** Lines kept in the log; older ones drop off so a long run cannot fill memory. */
    static final int LOG_LINES = 2000;

    private final TaskState task = new TaskState();
    private final ObservableList<EpochRecord> epochs = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale");
    private final ReadOnlyBooleanWrapper trainingAvailable = new ReadOnlyBooleanWrapper(this, "trainingAvailable");
    private final ReadOnlyBooleanWrapper checkpointAvailable = new ReadOnlyBooleanWrapper(this, "checkpointAvailable");
    private final UiBatcher<EpochRecord> epochFeed;
    private final UiBatcher<String> logFeed;
    private final BooleanBinding canStart;
    private final BooleanBinding canResume;
    private final StringBinding summary;

    public TrainingViewModel(TaskExecutor executor) {
        epochFeed = new UiBatcher<>(executor.uiThread(), this::addEpochs);
        logFeed = new UiBatcher<>(executor.uiThread(), this::addLog);
        canStart = trainingAvailable.and(task.activeProperty().not());
        canResume = canStart.and(checkpointAvailable);
        summary = Bindings.createStringBinding(this::describe, epochs);
    }

    // Properties

    public ObservableList<EpochRecord> epochs() {
        return epochs;
    }

    public ObservableList<String> log() {
        return log;
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    public ReadOnlyBooleanProperty trainingAvailableProperty() {
        return trainingAvailable.getReadOnlyProperty();
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public BooleanBinding canResumeProperty() {
        return canResume;
    }

    /** Why Start is off, for its tooltip. */
    public String startUnavailableReason() {
        return trainingAvailable.get() ? "" : "Training a detector is not available in this build yet; "
                + "open an earlier run (File ▸ Open run…) to see its loss history.";
    }

    /** "Epoch 12 · train 0.041 · validation 0.052 · best validation 0.049 at epoch 9". */
    public StringBinding summaryProperty() {
        return summary;
    }

    @Override
    public TaskState taskState() {
        return task;
    }

    // Feeds, callable from any thread

    /** Receives each finished epoch; the plot updates at most once per pulse however fast epochs come. */
    public void acceptEpoch(EpochRecord epoch) {
        epochFeed.add(epoch);
        logFeed.add(describe(epoch));
    }

    /** Adds a line to the training log. */
    public void acceptLog(String line) {
        logFeed.add(line);
    }

    // Commands

    /** Starts training with the screen's settings; off while {@link #canStartProperty()} is false. */
    public void start() {
        if (!canStart.get()) {
            addLog(List.of(startUnavailableReason()));
        }
    }

    /** Continues from the latest checkpoint; off while {@link #canResumeProperty()} is false. */
    public void resume() {
        if (!canResume.get()) {
            addLog(List.of(startUnavailableReason()));
        }
    }

    public void cancel() {
        task.cancel();
    }

    /** Shows a finished history (an opened run) in place of the current one. */
    public void showHistory(String source, List<EpochRecord> history) {
        epochs.setAll(history);
        addLog(List.of(history.isEmpty() ? source + " has no training history"
                : "History of " + source + ": " + history.size() + (history.size() == 1 ? " epoch" : " epochs")));
        addLog(history.stream().map(TrainingViewModel::describe).toList());
    }

    private void addEpochs(List<EpochRecord> batch) {
        epochs.addAll(batch);
    }

    private void addLog(List<String> lines) {
        log.addAll(lines);
        if (log.size() > LOG_LINES) {
            log.remove(0, log.size() - LOG_LINES);
        }
    }

    private static String describe(EpochRecord epoch) {
        return "epoch " + epoch.epoch() + "  train loss " + Numbers.compact(epoch.trainLoss())
                + (Double.isNaN(epoch.validationLoss()) ? "" : "  validation loss " + Numbers.compact(epoch.validationLoss()))
                + (Double.isNaN(epoch.learningRate()) ? "" : "  lr " + Numbers.compact(epoch.learningRate()));
    }

    private String describe() {
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
                + (best == null ? "" : " · best validation " + Numbers.compact(best.validationLoss()) + " at epoch " + best.epoch());
    }
}
