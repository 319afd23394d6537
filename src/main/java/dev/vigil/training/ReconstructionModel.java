package dev.vigil.training;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * What {@link ReconstructionTrainer} trains: a model that reconstructs a target from a batch. For cached embeddings
 * the target is the batch itself; with a trainable backbone in front, the target is the backbone's embedding of
 * the batch and the backbone's parameters form a second {@link ParameterGroup} with its own learning rate.
 */
public interface ReconstructionModel {

    /** The parameters to optimise, in a stable order, grouped by learning rate. */
    List<ParameterGroup> parameterGroups();

    /**
     * Runs the model on a batch.
     *
     * @param training true for a training pass (dropout on, BatchNorm on batch statistics)
     * @return the target and its reconstruction, in the batch's manager
     */
    NDList forward(NDList batch, boolean training);

    /**
     * Called before each epoch (also before the rest of an epoch that resumes), e.g. to unfreeze a backbone's
     * parameters from a chosen epoch on, as the reference's second configuration does.
     *
     * @param epoch 0-based
     */
    default void startEpoch(int epoch) {
    }

    /**
     * Clips per validation pass. Embeddings are small, so the default is large; a model with a backbone in front
     * keeps it small, as every clip's activations are in memory at once.
     */
    default int evaluationBatch() {
        return 256;
    }

    /** The manager of the parameters; optimiser state lives in a sub-manager of it. */
    NDManager manager();

    /** A short text that must match between a checkpoint and the model it is loaded into, e.g. the layout. */
    String signature();

    void saveParameters(DataOutputStream out) throws IOException;

    void loadParameters(DataInputStream in) throws IOException;
}
