package dev.vigil.ui.model;

import java.util.Map;

/** A config's problem in the words of the model screen: the field the user sees first, the config key last. */
final class FormWords {

    /** The form's name for each config key it sets, so that a problem names the field the user sees. */
    private static final Map<String, String> FIELD_NAMES = Map.ofEntries(
            Map.entry("model.name_time_model", "Backbone"), Map.entry("model.init_dim", "Embedding size"),
            Map.entry("model.dim_autoencoder_layers", "Layer sizes"), Map.entry("model.dropout", "Dropout"),
            Map.entry("model.num_autoencoder_layers", "Layers"), Map.entry("model.num_epoch", "Epochs"),
            Map.entry("model.learning_rate", "Learning rate"), Map.entry("model.scheduler_type", "Schedule"),
            Map.entry("model.scheduler_step_size", "Step"), Map.entry("model.lr_factor", "Factor"),
            Map.entry("model.lr_patience", "Patience"), Map.entry("model.T_max", "Period"),
            Map.entry("model.eta_min", "Lowest rate"), Map.entry("dataset.batch_size", "Batch size"),
            Map.entry("model.seed", "Seed"), Map.entry("model.epoch_start_unfreeze", "Fine-tune from epoch"),
            Map.entry("model.freeze_layers", "Fine-tune the backbone"),
            Map.entry("model.layer_start_unfreeze", "Fine-tune from parameter"),
            Map.entry("model.backbone_lr_factor", "Backbone learning-rate factor"), Map.entry("model.device", "Device"),
            Map.entry("detectors.enabled", "Detectors"), Map.entry("detectors.knn_k", "kNN k"),
            Map.entry("detectors.threshold_percentile", "Percentile"),
            Map.entry("detectors.threshold_method", "Threshold"));

    private FormWords() {
    }

    /** "dataset.batch_size: must be …" as "Batch size: must be … (dataset.batch_size)". */
    static String of(String problem) {
        int colon = problem.indexOf(": ");
        if (colon < 0) {
            return problem;
        }
        String key = problem.substring(0, colon);
        String name = FIELD_NAMES.get(key);
        return name == null ? problem : name + ": " + problem.substring(colon + 2) + " (" + key + ")";
    }
}
