package dev.vigil.backbone;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import dev.vigil.video.ClipTensor;
import dev.vigil.video.ClipTensors;
import dev.vigil.video.Preprocessing;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A pretrained network exported to TorchScript ({@code models/<id>.pt}), run by DJL's PyTorch engine.
 * The module takes plain tensors as positional arguments, batch first, in the card's layout (SlowFast: slow, fast)
 * and returns the embeddings [B, E].
 *
 * <p>For fine-tuning, load it with {@code trainable = true}: {@link #parameterNames()} lists the named parameters
 * in the module's order, {@link #trainFrom(int)} unfreezes those from an index on (the reference unfreezes
 * R(2+1)D-18 from 99 of 110), and {@link #forward} runs a batch with autograd on.
 */
public final class TorchScriptBackbone implements Backbone {

    private static final Logger LOG = LoggerFactory.getLogger(TorchScriptBackbone.class);

    private final ModelCard card;
    private final Path file;
    private final Model model;

    private TorchScriptBackbone(ModelCard card, Path file, Model model) {
        this.card = card;
        this.file = file;
        this.model = model;
    }

    /**
     * Loads a TorchScript file and checks with one forward pass on zeros that it returns the card's embedding size.
     *
     * @param trainable true to load the parameters with gradients enabled (DJL's {@code trainParam})
     * @throws BackboneException naming the file and the reason: missing, not TorchScript, wrong inputs or size
     */
    public static TorchScriptBackbone load(ModelCard card, Path file, boolean trainable) throws BackboneException {
        return load(card, file, trainable, ComputeDevice.AUTO);
    }

    /**
     * As {@link #load(ModelCard, Path, boolean)}, on the chosen device.
     *
     * @throws BackboneException also when the device is a GPU and PyTorch sees none
     */
    public static TorchScriptBackbone load(ModelCard card, Path file, boolean trainable, ComputeDevice device)
            throws BackboneException {
        if (!Files.isRegularFile(file)) {
            throw new BackboneException("model file " + file + " not found");
        }
        DjlRuntime.pytorch();
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optEngine("PyTorch")
                .optDevice(DjlRuntime.device(device))
                .optModelPath(file.toAbsolutePath())
                .optOption("trainParam", Boolean.toString(trainable))
                .build();
        Model model;
        try {
            model = criteria.loadModel();
        } catch (IOException | MalformedModelException | ModelNotFoundException | RuntimeException e) {
            throw new BackboneException("model file " + file + ": not a TorchScript module PyTorch can load ("
                    + firstLine(e) + ")", e);
        }
        TorchScriptBackbone backbone = new TorchScriptBackbone(card, file, model);
        try {
            backbone.checkOutputSize();
        } catch (BackboneException | RuntimeException e) {
            backbone.close();
            throw e instanceof BackboneException be ? be : new BackboneException("model file " + file + ": "
                    + firstLine(e), e);
        }
        LOG.info("backbone {} loaded from {} on {}", card.id(), file, model.getNDManager().getDevice());
        return backbone;
    }

    private void checkOutputSize() throws BackboneException {
        ClipTensor zeros = zeros();
        try (NDManager scope = model.getNDManager().newSubManager()) {
            NDArray out = forwardInference(scope, List.of(zeros));
            long[] shape = out.getShape().getShape();
            if (shape.length != 2 || shape[0] != 1) {
                throw new BackboneException("model file " + file + " returns shape " + Arrays.toString(shape)
                        + " for one clip; expected [1, " + card.embeddingSize() + "]");
            }
            if (shape[1] != card.embeddingSize()) {
                throw new BackboneException("model file " + file + " returns embeddings of size " + shape[1]
                        + ", but its card " + card.id() + " says " + card.embeddingSize());
            }
        }
    }

    private ClipTensor zeros() {
        Preprocessing p = card.evalPreprocessing();
        int side = p.cropSize();
        return new ClipTensor(new float[3 * p.frames() * side * side], card.layout(), 3, p.frames(), side, side);
    }

    @Override
    public ModelCard card() {
        return card;
    }

    public Path file() {
        return file;
    }

    @Override
    public String version() {
        return "torchscript";
    }

    @Override
    public Optional<Path> modelFile() {
        return Optional.of(file);
    }

    @Override
    public String device() {
        return model.getNDManager().getDevice().toString();
    }

    @Override
    public ClipTensor prepare(VideoInfo info, Preprocessing preprocessing, long seed, ClipWindow window)
            throws VideoException {
        return ClipTensors.load(info, preprocessing, seed, window.startSeconds(), window.endSeconds());
    }

    @Override
    public synchronized float[][] embed(List<ClipTensor> batch) throws BackboneException {
        if (batch.isEmpty()) {
            return new float[0][];
        }
        try (NDManager scope = model.getNDManager().newSubManager()) {
            NDArray out = forwardInference(scope, batch);
            long[] shape = out.getShape().getShape();
            if (shape.length != 2 || shape[0] != batch.size() || shape[1] != card.embeddingSize()) {
                throw new BackboneException("model " + card.id() + " returned shape " + Arrays.toString(shape)
                        + " for a batch of " + batch.size() + "; expected [" + batch.size() + ", "
                        + card.embeddingSize() + "]");
            }
            float[] flat = out.toFloatArray();
            float[][] rows = new float[batch.size()][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = Arrays.copyOfRange(flat, i * card.embeddingSize(), (i + 1) * card.embeddingSize());
            }
            return rows;
        } catch (RuntimeException e) {
            throw new BackboneException("model " + card.id() + " (" + file + ") failed on a batch of " + batch.size()
                    + ": " + firstLine(e), e);
        }
    }

    private NDArray forwardInference(NDManager scope, List<ClipTensor> batch) {
        return forward(scope, batch, false).singletonOrThrow();
    }

    /**
     * Runs the module on a batch. The inputs and outputs live in {@code scope}; close it when done.
     *
     * @param training true for a training step: autograd records the pass (use inside a GradientCollector)
     */
    public NDList forward(NDManager scope, List<ClipTensor> batch, boolean training) {
        return model.getBlock().forward(new ParameterStore(scope, false), inputs(scope, batch), training);
    }

    /** The module's positional inputs for a batch of prepared clips (SlowFast: slow, then fast), in {@code scope}. */
    public NDList inputs(NDManager scope, List<ClipTensor> batch) {
        NDList inputs = new NDList();
        if (card.isSlowFast()) {
            List<ClipTensor> slow = new ArrayList<>(batch.size());
            for (ClipTensor clip : batch) {
                slow.add(ClipTensors.slowFastPack(clip, card.slowFastAlpha()).get(0));
            }
            inputs.add(stack(scope, slow));
        }
        inputs.add(stack(scope, batch));
        return inputs;
    }

    /**
     * Runs the module with autograd recording (inside a GradientCollector) but in evaluation mode: BatchNorm uses
     * and keeps its running statistics and dropout is off. DJL ties autograd to the module's training mode; this
     * separates them, so that fine-tuning changes nothing but the parameters and those are the whole trained state
     * (what checkpoints and bundles carry). With batches of a few clips, batch statistics would be noise anyway.
     *
     * @return the embeddings [B, E], in the inputs' manager
     */
    public NDArray forwardWithGradients(NDList inputs) {
        PtSymbolBlock block = (PtSymbolBlock) model.getBlock();
        JniUtils.enableInferenceMode(block);
        return IValueUtils.forward(block, inputs, true).singletonOrThrow();
    }

    /** Stacks clips of one shape into a [B, ...] tensor, straight from a direct buffer. */
    private static NDArray stack(NDManager scope, List<ClipTensor> batch) {
        ClipTensor first = batch.get(0);
        int size = first.data().length;
        FloatBuffer buffer = ByteBuffer.allocateDirect(batch.size() * size * Float.BYTES)
                .order(ByteOrder.nativeOrder()).asFloatBuffer();
        for (ClipTensor clip : batch) {
            if (!Arrays.equals(clip.shape(), first.shape()) || clip.layout() != first.layout()) {
                throw new IllegalArgumentException("clips of one batch must share a shape: "
                        + Arrays.toString(first.shape()) + " vs " + Arrays.toString(clip.shape()));
            }
            buffer.put(clip.data());
        }
        buffer.rewind();
        long[] shape = first.shape();
        long[] batched = new long[shape.length + 1];
        batched[0] = batch.size();
        System.arraycopy(shape, 0, batched, 1, shape.length);
        return scope.create(buffer, new Shape(batched));
    }

    /** Names of the module's parameters, in the order of PyTorch's {@code named_parameters()}. */
    public List<String> parameterNames() {
        return model.getBlock().getParameters().keys();
    }

    /** The parameter at an index of {@link #parameterNames()}. */
    public Parameter parameter(int index) {
        return model.getBlock().getParameters().get(index).getValue();
    }

    /**
     * Freezes the parameters before {@code firstTrainable} and unfreezes those from it on. Needs a backbone
     * loaded with {@code trainable = true}.
     */
    public void trainFrom(int firstTrainable) {
        int index = 0;
        for (Pair<String, Parameter> named : model.getBlock().getParameters()) {
            named.getValue().freeze(index < firstTrainable);
            index++;
        }
    }

    /** The DJL model, for training loops that need its manager or block. */
    public Model model() {
        return model;
    }

    @Override
    public void close() {
        model.close();
    }

    static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && (root.getMessage() == null
                || root.getMessage().isBlank())) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
