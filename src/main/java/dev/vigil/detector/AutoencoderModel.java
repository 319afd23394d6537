package dev.vigil.detector;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.Device;
import dev.vigil.training.ParameterGroup;
import dev.vigil.training.ReconstructionModel;
import dev.vigil.training.Seeds;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** An {@link AutoencoderBlock} in a DJL model on the CPU, as the trainer sees it: embeddings in, embeddings out. */
final class AutoencoderModel implements ReconstructionModel, AutoCloseable {

    static final String ENGINE = "PyTorch";

    private final AutoencoderLayout layout;
    private final Model model;
    private final AutoencoderBlock block;

    /** Builds the block and draws its initial weights from {@code seed}. */
    AutoencoderModel(AutoencoderLayout layout, long seed) {
        this.layout = layout;
        this.model = Model.newInstance("autoencoder", Device.cpu(), ENGINE);
        this.block = new AutoencoderBlock(layout);
        model.setBlock(block);
        model.getNDManager().getEngine().setRandomSeed(Seeds.mixInt(seed, -1, -1));
        block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(2, layout.inputSize()));
    }

    AutoencoderLayout layout() {
        return layout;
    }

    AutoencoderBlock block() {
        return block;
    }

    @Override
    public List<ParameterGroup> parameterGroups() {
        return List.of(new ParameterGroup("autoencoder", new ArrayList<>(block.getParameters().values()), 1.0));
    }

    @Override
    public NDList forward(NDList batch, boolean training) {
        // A fresh store each pass: a store caches parameter arrays, which loading a checkpoint replaces.
        ParameterStore store = new ParameterStore(model.getNDManager(), false);
        NDList output = block.forward(store, batch, training);
        return new NDList(batch.head(), output.head());
    }

    /** The latent codes of a batch, in evaluation mode. */
    NDArray encode(NDArray batch) {
        ParameterStore store = new ParameterStore(model.getNDManager(), false);
        return block.encoder().forward(store, new NDList(batch), false).head();
    }

    @Override
    public NDManager manager() {
        return model.getNDManager();
    }

    @Override
    public String signature() {
        return "autoencoder " + layout.inputSize() + " → " + layout.sizesText() + " dropout " + layout.dropout();
    }

    @Override
    public void saveParameters(DataOutputStream out) throws IOException {
        block.saveParameters(out);
    }

    @Override
    public void loadParameters(DataInputStream in) throws IOException {
        List<Parameter> parameters = new ArrayList<>(block.getParameters().values());
        List<NDArray> previous = parameters.stream().map(Parameter::getArray).toList();
        try {
            block.loadParameters(model.getNDManager(), in);
        } catch (MalformedModelException e) {
            throw new IOException("autoencoder weights do not fit " + signature() + ": " + e.getMessage(), e);
        }
        // Loading puts new arrays into the parameters: free the old ones and let the new ones record gradients.
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (parameter.getArray() != previous.get(i)) {
                previous.get(i).close();
            }
            if (parameter.requiresGradient()) {
                parameter.getArray().setRequiresGradient(true);
            }
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
