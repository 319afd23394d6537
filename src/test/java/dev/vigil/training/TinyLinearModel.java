package dev.vigil.training;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A two-layer linear autoencoder whose parameter saving can be made to fail half-way, like a full disk. */
final class TinyLinearModel implements ReconstructionModel, AutoCloseable {

    private final Model model = Model.newInstance("tiny", "PyTorch");
    private final SequentialBlock block = new SequentialBlock();
    private int savesBeforeFailure = Integer.MAX_VALUE;

    TinyLinearModel(int dimension) {
        block.add(Linear.builder().setUnits(2).build());
        block.add(Linear.builder().setUnits(dimension).build());
        model.setBlock(block);
        model.getNDManager().getEngine().setRandomSeed(5);
        block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(2, dimension));
    }

    /** The save after {@code saves} more successful ones writes part of the weights, then fails. */
    void failAfter(int saves) {
        savesBeforeFailure = saves;
    }

    @Override
    public List<ParameterGroup> parameterGroups() {
        return List.of(new ParameterGroup("tiny", new ArrayList<>(block.getParameters().values()), 1));
    }

    @Override
    public NDList forward(NDList batch, boolean training) {
        return new NDList(batch.head(), block.forward(new ParameterStore(manager(), false), batch, training).head());
    }

    @Override
    public NDManager manager() {
        return model.getNDManager();
    }

    @Override
    public String signature() {
        return "tiny";
    }

    @Override
    public void saveParameters(DataOutputStream out) throws IOException {
        if (savesBeforeFailure-- <= 0) {
            out.write(new byte[100]);
            throw new IOException("No space left on device");
        }
        block.saveParameters(out);
    }

    @Override
    public void loadParameters(DataInputStream in) throws IOException {
        try {
            block.loadParameters(manager(), in);
        } catch (MalformedModelException e) {
            throw new IOException(e);
        }
        block.getParameters().values().forEach(p -> p.getArray().setRequiresGradient(true));
    }

    float[] weights() {
        return block.getParameters().values().get(0).getArray().toFloatArray();
    }

    @Override
    public void close() {
        model.close();
    }
}
