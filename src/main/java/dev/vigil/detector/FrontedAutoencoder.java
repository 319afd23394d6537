package dev.vigil.detector;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import dev.vigil.training.FrontStage;
import dev.vigil.training.ParameterGroup;
import dev.vigil.training.ReconstructionModel;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A trainable stage (a backbone) and the autoencoder as one model: the target is the stage's embedding of the
 * batch and the loss reaches both, as in the reference's {@code TimeAutoencoder}, whose target
 * {@code base_model(inputs)} is computed with gradients too. Checkpoints hold the stage's parameters first, then the
 * autoencoder's.
 */
final class FrontedAutoencoder implements ReconstructionModel {

    private final FrontStage front;
    private final AutoencoderModel autoencoder;

    FrontedAutoencoder(FrontStage front, AutoencoderModel autoencoder) {
        this.front = front;
        this.autoencoder = autoencoder;
    }

    @Override
    public List<ParameterGroup> parameterGroups() {
        List<ParameterGroup> groups = new ArrayList<>(autoencoder.parameterGroups());
        groups.add(front.parameterGroup());
        return groups;
    }

    @Override
    public NDList forward(NDList batch, boolean training) {
        NDArray target = front.forward(batch, training);
        return autoencoder.forward(new NDList(target), training);
    }

    @Override
    public void startEpoch(int epoch) {
        front.startEpoch(epoch);
    }

    @Override
    public int evaluationBatch() {
        return 8;
    }

    @Override
    public NDManager manager() {
        return autoencoder.manager();
    }

    @Override
    public String signature() {
        return front.signature() + " → " + autoencoder.signature();
    }

    @Override
    public void saveParameters(DataOutputStream out) throws IOException {
        front.saveParameters(out);
        autoencoder.saveParameters(out);
    }

    @Override
    public void loadParameters(DataInputStream in) throws IOException {
        front.loadParameters(in);
        autoencoder.loadParameters(in);
    }
}
