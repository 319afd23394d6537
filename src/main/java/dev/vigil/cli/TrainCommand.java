package dev.vigil.cli;

import dev.vigil.experiment.config.ConfigException;
import dev.vigil.experiment.config.ConfigFormat;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.io.IoErrors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Embeds a dataset and trains and evaluates the detectors of an experiment config into a run folder. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run an experiment: embed every clip (through the embedding cache), train the autoencoder, "
                + "fit the baselines, score every clip and evaluate.",
                "Writes the run folder <runs>/<name>/: config.json, history.csv, scores.csv, report.json, "
                        + "checkpoints/, detectors/ and backbone.json. Options override the config's keys."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the run failed (the reason is printed; the run folder keeps what was done)",
                "2:wrong options or config", "130:stopped (Ctrl+C); resume with --resume"})
final class TrainCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Experiment config (.json, .yaml or .yml).")
    private Path config;

    @Option(names = "--manifest", paramLabel = "FILE", description = "The dataset's manifest.csv (dataset.manifest).")
    private Path manifest;

    @Option(names = "--backbone", paramLabel = "ID", description = "Backbone id (model.name_time_model); see `vigil backbones`.")
    private String backbone;

    @Option(names = "--layers", paramLabel = "SIZES", description = "Encoder layer sizes, e.g. 512,256,128 (model.dim_autoencoder_layers).")
    private String layers;

    @Option(names = "--epochs", paramLabel = "N", description = "Training epochs (model.num_epoch).")
    private Integer epochs;

    @Option(names = "--lr", paramLabel = "RATE", description = "Adam learning rate (model.learning_rate).")
    private Double learningRate;

    @Option(names = "--batch", paramLabel = "N", description = "Clips per training batch (dataset.batch_size).")
    private Integer batch;

    @Option(names = "--detectors", paramLabel = "IDS", split = ",",
            description = "Detectors to compare: autoencoder, knn, gaussian, centroid (detectors.enabled).")
    private List<String> detectors;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of shuffling, weights, dropout and augmentation (model.seed).")
    private Long seed;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Any config key, e.g. --set model.scheduler_type=CosineAnnealingLR. Repeatable.")
    private List<String> sets = List.of();

    @Option(names = "--runs", paramLabel = "DIR", description = "Folder of the run folders (model.saving_dir_experiments).")
    private Path runs;

    @Option(names = "--name", paramLabel = "NAME", description = "Run name (model.saving_dir_model); default: a free name.")
    private String name;

    @Option(names = "--resume", paramLabel = "RUN_DIR",
            description = "Finish a stopped run from its latest checkpoint, with the settings of its config.json.")
    private Path resume;



    @CommandLine.Mixin
    private EmbeddingOptions embedding = new EmbeddingOptions();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExperimentConfig experiment = null;
        Map<String, Object> overrides;
        try {
            overrides = overrides();
        } catch (CommandLine.ParameterException e) {
            err.println("train: " + IoErrors.describe(e));
            return ExperimentLauncher.BAD_CONFIG;
        }
        if (resume != null) {
            if (config != null || !overrides.isEmpty()) {
                err.println("train: --resume continues a run with its own config.json; it takes no --config, "
                        + "--manifest or setting options");
                return ExperimentLauncher.BAD_CONFIG;
            }
        } else {
            if (config == null && manifest == null) {
                err.println("train: give --config FILE or --manifest FILE (or --resume RUN_DIR)");
                return ExperimentLauncher.BAD_CONFIG;
            }
            try {
                experiment = (config == null ? ExperimentConfig.defaults() : ExperimentConfig.read(config))
                        .with(overrides);
            } catch (ConfigException e) {
                err.println("train: " + IoErrors.describe(e));
                return ExperimentLauncher.BAD_CONFIG;
            } catch (IOException | IllegalArgumentException e) {
                err.println("train: config " + config + ": " + (e instanceof java.nio.file.NoSuchFileException
                        ? "no such file" : IoErrors.describe(e)));
                return ExperimentLauncher.BAD_CONFIG;
            }
        }
        ExperimentLauncher launcher = new ExperimentLauncher(spec.commandLine().getOut(), err, "train", 1,
                embedding.cache(), embedding.threads());
        int code = launcher.run(experiment, resume);
        if (code == ExperimentLauncher.OK) {
            launcher.printReport();
        }
        return code;
    }

    /** The config keys the options set, in the order given. */
    Map<String, Object> overrides() {
        Map<String, Object> values = new LinkedHashMap<>();
        if (manifest != null) {
            if (!Files.isRegularFile(manifest)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--manifest " + manifest
                        + ": no such file");
            }
            values.put("dataset.manifest", manifest.toAbsolutePath().normalize().toString());
        }
        put(values, "model.name_time_model", backbone);
        if (layers != null) {
            values.put("model.dim_autoencoder_layers", layers);
            values.put("model.num_autoencoder_layers", layers.split(",").length);
        }
        put(values, "model.num_epoch", epochs);
        put(values, "model.learning_rate", learningRate);
        put(values, "dataset.batch_size", batch);
        put(values, "detectors.enabled", detectors);
        put(values, "model.seed", seed);
        for (String set : sets) {
            int equals = set.indexOf('=');
            if (equals <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--set " + set
                        + ": expected KEY=VALUE, e.g. model.dropout=0.2");
            }
            values.put(set.substring(0, equals).trim(), scalar(set.substring(equals + 1)));
        }
        put(values, "model.saving_dir_experiments", runs == null ? null : runs.toString());
        put(values, "model.saving_dir_model", name);
        return values;
    }

    private static void put(Map<String, Object> values, String key, Object value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    /** A value as YAML reads it: 0.2 is a number, [a, b] a list, anything else text. */
    static Object scalar(String text) {
        try {
            Object value = ConfigFormat.YAML.readValue(text);
            return value == null ? text : value;
        } catch (IOException e) {
            return text;
        }
    }

}
