package dev.vigil.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A trainable stage in front of a reconstruction model: a backbone fine-tuned together with the autoencoder, as in
 * the reference's second configuration. It turns a batch of inputs (decoded clips) into the embeddings the
 * autoencoder reconstructs, and its parameters form a second {@link ParameterGroup} with their own learning rate.
 */
public interface FrontStage {

    /** The parameters that may train, with their rate factor; frozen ones report no gradient and are skipped. */
    ParameterGroup parameterGroup();

    /**
     * Embeds a batch.
     *
     * @param training true for a training step (record gradients for the parameters that train)
     * @return the embeddings [B, E], in the batch's manager
     */
    NDArray forward(NDList batch, boolean training);

    /** Called before each epoch (0-based), also when a run resumes: decides which parameters train. */
    void startEpoch(int epoch);

    /** What must match between a checkpoint and this stage: the backbone and the fine-tuning settings. */
    String signature();

    /** Writes the parameters that can change. */
    void saveParameters(DataOutputStream out) throws IOException;

    /** Reads what {@link #saveParameters} wrote into the same parameters, in place. */
    void loadParameters(DataInputStream in) throws IOException;
}
