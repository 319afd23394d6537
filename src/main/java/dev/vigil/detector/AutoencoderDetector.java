package dev.vigil.detector;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import dev.vigil.dataset.Clip;
import dev.vigil.training.BatchPlan;
import dev.vigil.training.BatchSource;
import dev.vigil.training.FrontStage;
import dev.vigil.training.EmbeddingBatches;
import dev.vigil.training.IntraOpThreads;
import dev.vigil.training.ReconstructionTrainer;
import dev.vigil.training.TrainingConfig;
import dev.vigil.training.TrainingResult;
import dev.vigil.training.TrainingSession;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The reference's detector: an autoencoder trained on normal embeddings; the score is the sum of squared
 * reconstruction errors {@code ‖e − ê‖²} of an embedding, in evaluation mode (no dropout, BatchNorm running
 * statistics). Holds native memory: close it.
 */
public final class AutoencoderDetector implements Detector {

    private static final int SCORE_BATCH = 256;

    private final AutoencoderLayout layout;
    private final TrainingConfig training;
    private AutoencoderModel model;
    private boolean fitted;

    /** @param layout its input size must be the embedding size */
    public AutoencoderDetector(AutoencoderLayout layout, TrainingConfig training) {
        this.layout = layout;
        this.training = training;
    }

    public AutoencoderLayout layout() {
        return layout;
    }

    public TrainingConfig trainingConfig() {
        return training;
    }

    @Override
    public DetectorKind kind() {
        return DetectorKind.AUTOENCODER;
    }

    @Override
    public String name() {
        return "Autoencoder " + layout.inputSize() + "→" + layout.sizesText() + " (" + layout.parameterCount()
                + " parameters)";
    }

    /** Trains without validation clips, checkpoints or listeners; see {@link #train} for the full loop. */
    @Override
    public void fit(float[][] embeddings, List<Clip> clips) {
        try {
            train(embeddings, new float[0][], TrainingSession.plain());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Trains from freshly initialised weights (drawn from the config's seed). Afterwards the detector holds the
     * weights of the epoch with the lowest validation loss, as the reference evaluates with its best checkpoint.
     *
     * @param train      embeddings of the normal training clips
     * @param validation embeddings of the normal validation clips (may be empty: the training loss picks the best)
     * @throws IOException when a checkpoint cannot be written
     * @throws dev.vigil.progress.CancelledException when the session's token is cancelled; the latest checkpoint
     *                                                holds the position for {@link #resume}
     */
    public TrainingResult train(float[][] train, float[][] validation, TrainingSession session) throws IOException {
        checkTrainingData(train, validation);
        reset();
        TrainingResult result = trainer(train, validation, session).train();
        fitted = true;
        return result;
    }

    /**
     * Continues training from the latest checkpoint of the session's folder, with the same data and settings
     * (the number of epochs may grow); ends as {@link #train} does.
     */
    public TrainingResult resume(float[][] train, float[][] validation, TrainingSession session) throws IOException {
        checkTrainingData(train, validation);
        reset();
        TrainingResult result = trainer(train, validation, session).resume();
        fitted = true;
        return result;
    }

    /**
     * Trains the autoencoder together with a trainable stage in front of it (a backbone being fine-tuned): the
     * sources give the stage's inputs (decoded clips), the stage turns them into embeddings, and the loss trains
     * both, each parameter group with its own rate. Ends as {@link #train}: the best epoch's weights, the stage's
     * included, are in place.
     *
     * @param resume true to continue from the latest checkpoint of the session's folder
     */
    public TrainingResult train(FrontStage front, BatchSource train, BatchSource validation, TrainingSession session,
                                boolean resume) throws IOException {
        reset();
        ReconstructionTrainer trainer = new ReconstructionTrainer(new FrontedAutoencoder(front, model), training,
                train, validation, session);
        TrainingResult result = resume ? trainer.resume() : trainer.train();
        fitted = true;
        return result;
    }

    private ReconstructionTrainer trainer(float[][] train, float[][] validation, TrainingSession session) {
        return new ReconstructionTrainer(model, training, new EmbeddingBatches(train),
                new EmbeddingBatches(validation), session);
    }

    private void checkTrainingData(float[][] train, float[][] validation) {
        int d = Embeddings.requireMatrix(train, "autoencoder training set");
        if (d != layout.inputSize()) {
            throw new IllegalArgumentException("autoencoder expects " + layout.inputSize()
                    + "-value embeddings, the training set has " + d);
        }
        if (validation.length > 0) {
            Embeddings.requireDimension(validation, d, "autoencoder validation set");
        }
    }

    private void reset() {
        close();
        model = new AutoencoderModel(layout, training.seed());
        fitted = false;
    }

    @Override
    public boolean isFitted() {
        return fitted;
    }

    @Override
    public int dimension() {
        return fitted ? layout.inputSize() : 0;
    }

    /** Sum of squared reconstruction errors per embedding (the reference's {@code MSELoss(reduction='sum')}). */
    @Override
    public double[] score(float[][] embeddings) {
        return errors(embeddings, false);
    }

    /** Mean squared reconstruction error per embedding: the score divided by the embedding size. */
    public double[] meanSquaredErrors(float[][] embeddings) {
        return errors(embeddings, true);
    }

    private double[] errors(float[][] embeddings, boolean mean) {
        Embeddings.requireDimension(embeddings, dimension(), name());
        EmbeddingBatches batches = new EmbeddingBatches(embeddings);
        double[] scores = new double[embeddings.length];
        try (IntraOpThreads threads = IntraOpThreads.one(model.manager().getEngine())) {
            for (int[] indices : BatchPlan.sequential(embeddings.length, SCORE_BATCH)) {
                scoreBatch(batches, indices, mean, scores);
            }
        }
        return scores;
    }

    private void scoreBatch(EmbeddingBatches batches, int[] indices, boolean mean, double[] scores) {
        try (NDManager scope = model.manager().newSubManager()) {
            NDList out = model.forward(batches.batch(scope, indices), false);
            NDArray perClip = out.get(1).sub(out.get(0)).square().sum(new int[] {1});
            float[] values = perClip.toFloatArray();
            for (int i = 0; i < indices.length; i++) {
                scores[indices[i]] = mean ? values[i] / (double) layout.inputSize() : values[i];
            }
        }
    }

    /** The latent codes (encoder outputs) of the embeddings, in evaluation mode. */
    public float[][] encode(float[][] embeddings) {
        Embeddings.requireDimension(embeddings, dimension(), name());
        EmbeddingBatches batches = new EmbeddingBatches(embeddings);
        float[][] codes = new float[embeddings.length][];
        int size = layout.latentSize();
        try (IntraOpThreads threads = IntraOpThreads.one(model.manager().getEngine())) {
            for (int[] indices : BatchPlan.sequential(embeddings.length, SCORE_BATCH)) {
                try (NDManager scope = model.manager().newSubManager()) {
                    float[] flat = model.encode(batches.batch(scope, indices).head()).toFloatArray();
                    for (int i = 0; i < indices.length; i++) {
                        codes[indices[i]] = Arrays.copyOfRange(flat, i * size, (i + 1) * size);
                    }
                }
            }
        }
        return codes;
    }

    @Override
    public void writeState(DataOutputStream out) throws IOException {
        if (!fitted) {
            throw new IllegalStateException(name() + ": not trained yet");
        }
        StateJson.write(out, layout);
        StateJson.write(out, training);
        model.saveParameters(out);
    }

    static AutoencoderDetector read(DataInputStream in) throws IOException {
        AutoencoderLayout layout = StateJson.read(in, AutoencoderLayout.class);
        TrainingConfig training = StateJson.read(in, TrainingConfig.class);
        AutoencoderDetector detector = new AutoencoderDetector(layout, training);
        detector.reset();
        try {
            detector.model.loadParameters(in);
        } catch (IOException | RuntimeException e) {
            detector.close();
            throw e;
        }
        detector.fitted = true;
        return detector;
    }

    /** Frees the native weights; the detector is then unfitted. */
    @Override
    public void close() {
        if (model != null) {
            model.close();
            model = null;
        }
        fitted = false;
    }
}
