package dev.vigil.experiment.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.backbone.ComputeDevice;
import dev.vigil.detector.AutoencoderLayout;
import dev.vigil.detector.Detector;
import dev.vigil.detector.DetectorKind;
import dev.vigil.detector.DetectorSpec;
import dev.vigil.detector.GaussianDetector;
import dev.vigil.evaluation.ThresholdMethod;
import dev.vigil.training.ScheduleConfig;
import dev.vigil.training.ScheduleType;
import dev.vigil.training.TrainingConfig;
import dev.vigil.video.ResizeMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Typed views of an {@link ExperimentConfig}: what the training, the detectors and the preprocessing need. It reads
 * the config's values through a lookup, so that the config makes its views without the two depending on each other.
 */
public final class ExperimentSettings {

    private final Function<String, JsonNode> values;

    /** @param values the config's value at a dotted key ({@link ExperimentConfig#get}) */
    ExperimentSettings(Function<String, JsonNode> values) {
        this.values = values;
    }

    private JsonNode value(String path) {
        return values.apply(path);
    }

    // Dataset and run folder

    public String datasetPath() {
        return value("dataset.dataset_path").asText();
    }

    /** The manifest, when the config names one (else {@code datasetPath()/manifest.csv}). */
    public Optional<String> manifest() {
        return Optional.ofNullable(value("dataset.manifest")).map(JsonNode::asText);
    }

    public String runsDir() {
        return value("model.saving_dir_experiments").asText();
    }

    public Optional<String> runName() {
        return Optional.ofNullable(value("model.saving_dir_model")).map(JsonNode::asText);
    }

    // Backbone and preprocessing

    public String backbone() {
        return value("model.name_time_model").asText();
    }

    /** Where a TorchScript backbone runs ({@code model.device}). */
    public ComputeDevice device() {
        return ComputeDevice.parse(value("model.device").asText());
    }

    /** The embedding size the config expects, if it says. */
    public OptionalInt embeddingSize() {
        JsonNode node = value("model.init_dim");
        return node == null ? OptionalInt.empty() : OptionalInt.of(node.asInt());
    }

    public int frames() {
        return value("data.num_frames_to_sample").asInt();
    }

    public double[] mean() {
        return numbers(value("data.mean"));
    }

    public double[] std() {
        return numbers(value("data.std"));
    }

    public int minSize() {
        return value("data.min_size").asInt();
    }

    public int maxSize() {
        return value("data.max_size").asInt();
    }

    public int resizeTo() {
        return value("data.resize_to").asInt();
    }

    /** Frames first ({@code T,C,H,W}), as the reference feeds TimeSformer. */
    public boolean framesFirst() {
        return value("data.permute_color_frame").asInt() == 1;
    }

    /** The resize method the config asks for ({@code data.resize}); empty: the backbone card's. */
    public Optional<ResizeMethod> resize() {
        JsonNode node = value("data.resize");
        return node == null ? Optional.empty() : Optional.of(ResizeMethod.parse(node.asText()));
    }

    public OptionalInt slowFastAlpha() {
        JsonNode node = value("data.alpha_slowfast");
        return node == null ? OptionalInt.empty() : OptionalInt.of(node.asInt());
    }

    /** Whether the backbone stays frozen (the reference's {@code freeze_layers}). */
    public boolean frozenBackbone() {
        return value("model.freeze_layers").asInt() == 1;
    }

    public OptionalInt epochStartUnfreeze() {
        JsonNode node = value("model.epoch_start_unfreeze");
        return node == null ? OptionalInt.empty() : OptionalInt.of(node.asInt());
    }

    public int layerStartUnfreeze() {
        return value("model.layer_start_unfreeze").asInt();
    }

    /**
     * How the backbone is fine-tuned, if it is: when {@code model.freeze_layers} is 0 or
     * {@code model.epoch_start_unfreeze} is set (as the reference's second configuration does), the backbone's
     * parameters from {@code layer_start_unfreeze} on train from epoch {@code epoch_start_unfreeze} (0 when not
     * set) with {@code backbone_lr_factor} times the learning rate.
     */
    public Optional<FineTuning> fineTuning() {
        OptionalInt start = epochStartUnfreeze();
        if (frozenBackbone() && start.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FineTuning(start.orElse(0), layerStartUnfreeze(),
                value("model.backbone_lr_factor").asDouble()));
    }

    /**
     * Fine-tuning settings.
     *
     * @param fromEpoch     first epoch (0-based) in which the backbone trains
     * @param fromParameter index of the first backbone parameter that trains
     * @param rateFactor    the backbone's learning rate as a fraction of the autoencoder's
     */
    public record FineTuning(int fromEpoch, int fromParameter, double rateFactor) {
    }

    // Training and detectors

    public boolean train() {
        return value("model.do_train").asInt() == 1;
    }

    public boolean test() {
        return value("model.do_test").asInt() == 1;
    }

    /** The encoder's layer sizes: the first {@code num_autoencoder_layers} of {@code dim_autoencoder_layers}. */
    public List<Integer> layerSizes() {
        List<Integer> sizes = AutoencoderLayout.parseSizes(value("model.dim_autoencoder_layers").asText());
        return sizes.subList(0, value("model.num_autoencoder_layers").asInt());
    }

    /** The autoencoder for embeddings of the given size. */
    public AutoencoderLayout layout(int embeddingSize) {
        return new AutoencoderLayout(embeddingSize, layerSizes(), value("model.dropout").asDouble());
    }

    public TrainingConfig training() {
        int epochs = value("model.num_epoch").asInt();
        double factor = value("model.lr_factor").asDouble();
        JsonNode tMax = value("model.T_max");
        int period = tMax == null ? epochs : tMax.asInt();
        double etaMin = value("model.eta_min").asDouble();
        ScheduleConfig schedule = switch (ScheduleType.parse(value("model.scheduler_type").asText())) {
            case CONSTANT -> ScheduleConfig.constant();
            case STEP -> ScheduleConfig.step(value("model.scheduler_step_size").asInt(), factor);
            case PLATEAU -> ScheduleConfig.plateau(factor, value("model.lr_patience").asInt());
            case COSINE -> ScheduleConfig.cosine(period, etaMin);
            case COSINE_RESTARTS -> ScheduleConfig.cosineRestarts(period, etaMin);
        };
        return new TrainingConfig(epochs, value("dataset.batch_size").asInt(), value("model.learning_rate").asDouble(),
                schedule, value("model.seed").asLong());
    }

    public List<DetectorKind> detectors() {
        List<DetectorKind> kinds = new ArrayList<>();
        value("detectors.enabled").forEach(node -> kinds.add(DetectorKind.parse(node.asText())));
        return kinds;
    }

    public int knnK() {
        return value("detectors.knn_k").asInt();
    }

    /** A fixed shrinkage, or {@link GaussianDetector#LEDOIT_WOLF}. */
    public double gaussianShrinkage() {
        JsonNode node = value("detectors.gaussian_shrinkage");
        return node.isNumber() ? node.asDouble() : GaussianDetector.LEDOIT_WOLF;
    }

    public ThresholdMethod thresholdMethod() {
        return ThresholdMethod.parse(value("detectors.threshold_method").asText());
    }

    public double thresholdPercentile() {
        return value("detectors.threshold_percentile").asDouble();
    }

    public Optional<Double> thresholdValue() {
        return Optional.ofNullable(value("detectors.threshold_value")).map(JsonNode::asDouble);
    }

    /** How this config builds each kind of detector. */
    public DetectorSpec detectorSpec() {
        return new DetectorSpec(layerSizes(), value("model.dropout").asDouble(), training(), knnK(),
                gaussianShrinkage());
    }

    /** New, unfitted detectors as configured, for embeddings of the given size. The caller closes them. */
    public List<Detector> createDetectors(int embeddingSize) {
        DetectorSpec spec = detectorSpec();
        List<Detector> detectors = new ArrayList<>();
        for (DetectorKind kind : detectors()) {
            detectors.add(spec.create(kind, embeddingSize));
        }
        return detectors;
    }

    private static double[] numbers(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }
}
