package dev.vigil.ui.model;

import dev.vigil.detector.AutoencoderLayout;
import dev.vigil.experiment.config.ConfigException;
import dev.vigil.experiment.config.ExperimentConfig;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the model screen's values become an {@link ExperimentConfig}: the config checks them, and what it refuses
 * comes back in the form's words.
 */
final class ModelConfigs {

    private ModelConfigs() {
    }

    /** The config keys the backbone and the autoencoder layout set. */
    static Map<String, Object> values(BackboneChoice chosen, AutoencoderLayout shape) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (chosen != null) {
            values.put("model.name_time_model", chosen.id());
            values.put("model.init_dim", chosen.embeddingSize());
        }
        values.put("model.dim_autoencoder_layers", shape.sizesText());
        values.put("model.num_autoencoder_layers", shape.encoderSizes().size());
        values.put("model.dropout", shape.dropout());
        return values;
    }

    /** The defaults with {@code values}, or null with the config's problems added to {@code problems}. */
    static ExperimentConfig build(Map<String, Object> values, List<String> problems) {
        try {
            return ExperimentConfig.defaults().with(values);
        } catch (ConfigException e) {
            e.problems().stream().map(FormWords::of).forEach(problems::add);
            return null;
        }
    }

    /**
     * The experiment to run: the settings of {@code current} on a dataset, into a run folder.
     *
     * @throws ConfigException with the problems, in the form's words
     */
    static ExperimentConfig placed(ExperimentConfig current, Path manifest, Path runsDir, String runName) {
        Path root = manifest.toAbsolutePath().getParent();
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("dataset.dataset_path", root.toString());
        where.put("dataset.manifest", manifest.toAbsolutePath().toString());
        where.put("model.saving_dir_experiments", runsDir.toAbsolutePath().toString());
        where.put("model.saving_dir_model", runName);
        try {
            return current.with(where);
        } catch (ConfigException e) {
            throw new ConfigException(null, e.problems().stream().map(FormWords::of).toList());
        }
    }
}
