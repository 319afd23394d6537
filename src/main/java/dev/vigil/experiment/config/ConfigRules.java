package dev.vigil.experiment.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.detector.DetectorKind;

import java.util.List;

/** Checks that involve more than one key, run once every key is valid on its own. */
final class ConfigRules {

    private ConfigRules() {
    }

    static void check(ObjectNode config, List<String> problems) {
        JsonNode model = config.get("model");
        int layers = model.get("num_autoencoder_layers").asInt();
        int sizes = model.get("dim_autoencoder_layers").asText().split(",").length;
        if (layers > sizes) {
            problems.add("model.num_autoencoder_layers: " + layers + ", but model.dim_autoencoder_layers lists only "
                    + sizes + " sizes");
        }
        if (model.get("scheduler_type").asText().equals("ReduceLROnPlateau") && model.get("lr_factor").asDouble() >= 1) {
            problems.add("model.lr_factor: must be below 1 for ReduceLROnPlateau, got " + model.get("lr_factor"));
        }
        JsonNode data = config.get("data");
        if (data.get("min_size").asInt() > data.get("max_size").asInt()) {
            problems.add("data.min_size: " + data.get("min_size").asInt() + " is above data.max_size "
                    + data.get("max_size").asInt());
        }
        JsonNode detectors = config.get("detectors");
        if (detectors.get("threshold_method").asText().equals("manual") && !detectors.has("threshold_value")) {
            problems.add("detectors.threshold_value: needed when detectors.threshold_method is manual");
        }
        checkFineTuning(config, problems);
        JsonNode run = model.get("saving_dir_model");
        if (run != null) {
            String problem = RunName.problem(run.asText());
            if (problem != null) {
                problems.add("model.saving_dir_model: " + problem);
            }
        }
    }

    private static void checkFineTuning(ObjectNode config, List<String> problems) {
        JsonNode model = config.get("model");
        boolean fineTuning = model.get("freeze_layers").asInt() == 0 || model.has("epoch_start_unfreeze");
        if (!fineTuning) {
            return;
        }
        String asked = model.has("epoch_start_unfreeze") ? "model.epoch_start_unfreeze" : "model.freeze_layers 0";
        if (BackboneRegistry.isBuiltin(model.get("name_time_model").asText())) {
            problems.add(asked + ": the built-in backbones have no parameters to fine-tune (choose a TorchScript "
                    + "backbone, or set model.freeze_layers to 1 and remove model.epoch_start_unfreeze)");
        }
        boolean autoencoder = false;
        for (JsonNode detector : config.get("detectors").get("enabled")) {
            autoencoder |= detector.asText().equals(DetectorKind.AUTOENCODER.id());
        }
        if (!autoencoder) {
            problems.add(asked + ": fine-tuning trains the backbone through the autoencoder; add autoencoder to "
                    + "detectors.enabled");
        }
        if (model.has("epoch_start_unfreeze")
                && model.get("epoch_start_unfreeze").asInt() >= model.get("num_epoch").asInt()) {
            problems.add("model.epoch_start_unfreeze: " + model.get("epoch_start_unfreeze").asInt() + " counts epochs"
                    + " from 0, so the backbone would never train in " + model.get("num_epoch").asInt()
                    + " epochs (model.num_epoch); it must be below that");
        }
    }
}
