package dev.vigil.experiment.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.ComputeDevice;
import dev.vigil.detector.DetectorKind;
import dev.vigil.evaluation.ThresholdMethod;
import dev.vigil.training.ScheduleType;
import dev.vigil.video.ResizeMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Every key of the experiment config, in the reference's layout: {@code dataset}, {@code model} and {@code data}
 * with the reference's key names (its YAML files load as they are), and Vigil's {@code detectors} section.
 */
public final class ConfigSchema {

    public static final List<String> SECTIONS = List.of("dataset", "model", "data", "detectors");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, List<ConfigKey>> KEYS = new LinkedHashMap<>();

    static {
        String d = "dataset";
        key(d, "dataset_path", JSON.textNode("."), ConfigValues::text, "folder the clip paths are relative to");
        key(d, "manifest", null, ConfigValues::text, "manifest.csv of the dataset (default: dataset_path/manifest.csv)");
        for (String split : List.of("train", "val", "test", "anomaly")) {
            key(d, "path_dataset_" + split + "_csv", null, ConfigValues::text,
                    "the reference's per-split CSV (kept for reference configs; Vigil reads the manifest)");
        }
        key(d, "batch_size", JSON.numberNode(8), ConfigValues.integer(2, 100_000),
                "clips per training batch (BatchNorm needs at least 2)");

        String m = "model";
        key(m, "name_time_model", JSON.textNode(BackboneRegistry.DEFAULT_ID), ConfigValues::text,
                "backbone id (see the backbones command)");
        key(m, "device", JSON.textNode(ComputeDevice.AUTO.id()),
                ConfigValues.choice(Arrays.stream(ComputeDevice.values()).map(ComputeDevice::id).toList()),
                "where a TorchScript backbone runs: auto (a GPU when PyTorch sees one), cpu or gpu");
        key(m, "init_dim", null, ConfigValues.integer(1, 1_000_000), "embedding size (checked against the backbone)");
        key(m, "num_autoencoder_layers", JSON.numberNode(3), ConfigValues.integer(1, 32),
                "how many of dim_autoencoder_layers the encoder uses");
        key(m, "dim_autoencoder_layers", JSON.textNode("512,256,128"), ConfigValues::sizes,
                "encoder layer sizes; the decoder mirrors them");
        key(m, "freeze_layers", JSON.numberNode(1), ConfigValues::flag,
                "1: the backbone starts frozen (it trains only from epoch_start_unfreeze, if set); 0: it trains "
                        + "from the first epoch");
        key(m, "epoch_start_unfreeze", null, ConfigValues.integer(0, 1_000_000),
                "fine-tuning: the epoch, counted from 0 as the reference does, from which backbone parameters train");
        key(m, "layer_start_unfreeze", JSON.numberNode(0), ConfigValues.integer(0, 1_000_000),
                "fine-tuning: index (into the backbone's named parameters) of the first parameter that trains");
        key(m, "backbone_lr_factor", JSON.numberNode(0.1), ConfigValues.number(0, true, 1, false),
                "fine-tuning: the backbone's learning rate as a fraction of learning_rate");
        key(m, "saving_dir_experiments", JSON.textNode("runs"), ConfigValues::text, "folder of the run folders");
        key(m, "saving_dir_model", null, ConfigValues::text, "run name: the run folder is saving_dir_experiments/<name>");
        key(m, "num_epoch", JSON.numberNode(30), ConfigValues.integer(1, 100_000), "training epochs");
        key(m, "learning_rate", JSON.numberNode(0.001), ConfigValues.number(0, true, 10, false), "Adam learning rate");
        key(m, "scheduler_type", JSON.textNode(ScheduleType.STEP.id()),
                ConfigValues.choice(Arrays.stream(ScheduleType.values()).map(ScheduleType::id).toList()),
                "learning-rate schedule");
        key(m, "scheduler_step_size", JSON.numberNode(10), ConfigValues.integer(1, 100_000), "StepLR: epochs per step");
        key(m, "lr_factor", JSON.numberNode(0.1), ConfigValues.number(0, true, 1, false),
                "StepLR and ReduceLROnPlateau: rate multiplier");
        key(m, "lr_patience", JSON.numberNode(10), ConfigValues.integer(0, 100_000),
                "ReduceLROnPlateau: epochs without improvement before lowering the rate");
        key(m, "T_max", null, ConfigValues.integer(1, 100_000), "cosine schedules: period in epochs (default num_epoch)");
        key(m, "eta_min", JSON.numberNode(0.0), ConfigValues.number(0, false, 10, false), "cosine schedules: lowest rate");
        key(m, "dropout", JSON.numberNode(0.3), ConfigValues.number(0, false, 1, true), "dropout between layers");
        key(m, "do_train", JSON.numberNode(1), ConfigValues::flag, "1: train the autoencoder");
        key(m, "do_test", JSON.numberNode(1), ConfigValues::flag, "1: score and evaluate");
        key(m, "number_of_classes", null, ConfigValues.integer(1, 100_000), "normal classes (informative)");
        key(m, "seed", JSON.numberNode(42), ConfigValues.integer(0, Long.MAX_VALUE),
                "seed of shuffling, initial weights and dropout");

        String a = "data";
        key(a, "num_frames_to_sample", JSON.numberNode(8), ConfigValues.integer(1, 10_000), "frames per clip");
        key(a, "mean", channels(0.45), ConfigValues.channels(false), "normalisation mean per channel");
        key(a, "std", channels(0.225), ConfigValues.channels(true), "normalisation standard deviation per channel");
        key(a, "min_size", JSON.numberNode(256), ConfigValues.integer(1, 100_000),
                "training augmentation: shortest side at least");
        key(a, "max_size", JSON.numberNode(320), ConfigValues.integer(1, 100_000),
                "training augmentation: shortest side at most");
        key(a, "resize_to", JSON.numberNode(224), ConfigValues.integer(1, 100_000), "frame size the backbone sees");
        key(a, "permute_color_frame", JSON.numberNode(0), ConfigValues::flag, "1: frames first (T,C,H,W), as TimeSformer");
        key(a, "alpha_slowfast", null, ConfigValues.integer(1, 1000), "SlowFast: fast frames per slow frame");
        key(a, "resize", null, ConfigValues.choice(Arrays.stream(ResizeMethod.values()).map(ResizeMethod::id).toList()),
                "who shrinks the frames of a TorchScript backbone: reference (the reference pipeline's tensors: "
                        + "bilinear resize of the normalised full-size frames, no antialiasing) or antialias (FFmpeg "
                        + "while decoding); default: the model card's");

        String t = "detectors";
        key(t, "enabled", JSON.arrayNode().addAll(Arrays.stream(DetectorKind.values()).map(k -> (JsonNode)
                        JSON.textNode(k.id())).toList()),
                ConfigValues.choices(Arrays.stream(DetectorKind.values()).map(DetectorKind::id).toList()),
                "detectors to fit and compare");
        key(t, "knn_k", JSON.numberNode(5), ConfigValues.integer(1, 100_000), "kNN: neighbours averaged");
        key(t, "gaussian_shrinkage", JSON.textNode("ledoit-wolf"), ConfigValues::shrinkage,
                "Gaussian: ledoit-wolf or a fixed shrinkage in [0, 1]");
        key(t, "threshold_method", JSON.textNode(ThresholdMethod.VAL_PERCENTILE.id()),
                ConfigValues.choice(Arrays.stream(ThresholdMethod.values()).map(ThresholdMethod::id).toList()),
                "how the reported threshold is chosen");
        key(t, "threshold_percentile", JSON.numberNode(95.0), ConfigValues.number(0, false, 100, false),
                "val_percentile: percentile of validation scores");
        key(t, "threshold_value", null, ConfigValues.number(-1e300, false, 1e300, false),
                "manual: the threshold");
    }

    private ConfigSchema() {
    }

    private static void key(String section, String name, JsonNode defaultValue, UnaryOperator<JsonNode> normalise,
                            String help) {
        KEYS.computeIfAbsent(section, s -> new ArrayList<>())
                .add(new ConfigKey(section, name, defaultValue, normalise, help));
    }

    private static JsonNode channels(double value) {
        return JSON.arrayNode().add(value).add(value).add(value);
    }

    /** The keys of a section, in the order they are written. */
    public static List<ConfigKey> keys(String section) {
        return KEYS.getOrDefault(section, List.of());
    }

    public static List<ConfigKey> all() {
        return KEYS.values().stream().flatMap(List::stream).toList();
    }

    static ConfigKey find(String section, String name) {
        return keys(section).stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
    }

    /** The allowed name closest to a misspelt one (at most two edits away), for "did you mean" hints. */
    static String closest(String name, List<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : candidates) {
            int distance = editDistance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
