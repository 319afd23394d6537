package dev.vigil.ui.model;

import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.ui.task.BackgroundTask;
import dev.vigil.ui.task.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The named parameters of the chosen backbone, which the fine-tuning index counts into. Knowing how many there are
 * means loading the network's file, seconds for the real ones, so they are counted in the background, once per
 * backbone, and only when fine-tuning is ticked.
 */
public final class BackboneParameters {

    /** Lists a backbone's named parameters in the module's order. */
    @FunctionalInterface
    public interface Lister {
        List<String> names(String backboneId) throws Exception;
    }

    private final ObjectProperty<BackboneChoice> backbone;
    private final TrainingSettingsViewModel training;
    private final ReadOnlyObjectWrapper<Integer> count = new ReadOnlyObjectWrapper<>(this, "count");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final Map<String, Integer> known = new HashMap<>();
    private final Map<String, String> failed = new HashMap<>();
    private TaskExecutor executor;
    private Lister lister;
    private String counting;

    BackboneParameters(ObjectProperty<BackboneChoice> backbone, TrainingSettingsViewModel training) {
        this.backbone = backbone;
        this.training = training;
        backbone.addListener(obs -> update());
        training.fineTuneProperty().addListener(obs -> update());
        training.fineTuneFromParameterProperty().addListener(obs -> describe());
    }

    /** How many named parameters the chosen backbone has; null while not known. */
    public ReadOnlyObjectProperty<Integer> countProperty() {
        return count.getReadOnlyProperty();
    }

    /** "R(2+1)D-18 has 110 named parameters (0–109): from 99 on, the last 11 train", or why it is not known. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    void countWith(TaskExecutor executor, Lister lister) {
        this.executor = executor;
        this.lister = lister;
        update();
    }

    /** A fine-tuning index beyond the parameters, in the form's words; empty when it is within them or not known. */
    String problem() {
        Integer n = count.get();
        int from = training.fineTuneFromParameterProperty().get();
        if (!training.fineTuneProperty().get() || n == null || from < n) {
            return "";
        }
        return "Fine-tune from parameter: " + from + ", but " + backbone.get().name() + " has " + n
                + " named parameters (0–" + (n - 1) + ")";
    }

    private void update() {
        BackboneChoice chosen = backbone.get();
        count.set(chosen == null || !chosen.fineTunable() ? null : known.get(chosen.id()));
        if (chosen != null && chosen.fineTunable() && count.get() == null && lister != null
                && training.fineTuneProperty().get() && counting == null && !failed.containsKey(chosen.id())) {
            start(chosen);
        }
        describe();
    }

    private void start(BackboneChoice chosen) {
        counting = chosen.id();
        Lister using = lister;
        BackgroundTask<Integer> task = new BackgroundTask<>("Count the parameters of " + chosen.name()) {
            @Override
            protected Integer call(ProgressListener progress, CancellationToken cancellation) throws Exception {
                return using.names(chosen.id()).size();
            }
        };
        task.onSuccess(n -> known.put(chosen.id(), n))
                .onFailure(error -> failed.put(chosen.id(), BackgroundTask.describe(error)))
                .onFinished(() -> {
                    counting = null;
                    update();
                });
        executor.execute(task);
    }

    private void describe() {
        BackboneChoice chosen = backbone.get();
        if (chosen == null || !chosen.fineTunable()) {
            note.set("");
            return;
        }
        Integer n = count.get();
        if (n != null) {
            int from = training.fineTuneFromParameterProperty().get();
            note.set(chosen.name() + " has " + n + " named parameters (0–" + (n - 1) + ")"
                    + (from < n ? ": from " + from + " on, the last " + (n - from) + " train" : ""));
        } else if (chosen.id().equals(counting)) {
            note.set("Counting the named parameters of " + chosen.name() + "…");
        } else if (failed.containsKey(chosen.id())) {
            note.set("The parameters of " + chosen.name() + " could not be counted: " + failed.get(chosen.id()));
        } else {
            note.set("");
        }
    }
}
