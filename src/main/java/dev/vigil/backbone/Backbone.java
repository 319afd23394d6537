package dev.vigil.backbone;

import dev.vigil.video.ClipTensor;
import dev.vigil.video.ClipTensors;
import dev.vigil.video.CropPlan;
import dev.vigil.video.FrameSampling;
import dev.vigil.video.Preprocessing;
import dev.vigil.video.RgbFrames;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Turns clips into embeddings. The work is split in two so that a pipeline can overlap them:
 * {@link #prepare} is the per-clip part (decoding, resizing, normalising; for the built-in descriptor the whole
 * computation) and runs on decode worker threads; {@link #embed} is the batched part (the network's forward pass)
 * and runs on one thread.
 *
 * <pre>{@code
 * try (Backbone backbone = BackboneRegistry.locate().open("r2plus1d_18")) {
 *     VideoInfo info = VideoProbe.probe(file);
 *     ClipTensor input = backbone.prepare(info, backbone.card().evalPreprocessing(), 0, ClipWindow.reference(info));
 *     float[] embedding = backbone.embed(List.of(input))[0];
 * }
 * }</pre>
 */
public interface Backbone extends AutoCloseable {

    /** What this backbone is, and the preprocessing it expects. */
    ModelCard card();

    /**
     * What identifies this backbone's computation beyond its card and model file, for caches: the algorithm
     * version for the built-in descriptor, "torchscript" for TorchScript backbones.
     */
    String version();

    /** The model file whose content the results depend on, if any. */
    default Optional<Path> modelFile() {
        return Optional.empty();
    }

    /**
     * How the embedding is laid out on cells of the frame, for a descriptor pooled on grids anchored to it (the
     * fixed-camera backbone): then each cell of the finest grid can be scored on its own, an anomaly map. Empty for
     * backbones whose embedding has no such places.
     */
    default Optional<CellGrid> cells() {
        return Optional.empty();
    }

    /** Where it runs, for logs and the UI: e.g. "cpu()", "gpu(0)", "cpu (built-in)". */
    String device();

    /**
     * Decodes the frames this backbone looks at within {@code window} and turns them into its input.
     * Thread-safe: the extraction pipeline calls it from several worker threads at once.
     *
     * @param preprocessing the card's {@link ModelCard#evalPreprocessing()} or {@link ModelCard#trainPreprocessing()}
     * @param seed          augmentation seed (same seed, same view); ignored by the evaluation transform
     */
    ClipTensor prepare(VideoInfo info, Preprocessing preprocessing, long seed, ClipWindow window)
            throws VideoException;

    /**
     * The frames this backbone looks at among the frames {@code first..last} (inclusive) of a video: ascending,
     * repeats allowed. Together with {@link #prepareFrames} it lets a caller that already streams a video (the
     * timeline, which feeds many overlapping windows from one decoding pass) prepare a window without opening the
     * file again. The default is the reference's uniform rule over {@code preprocessing.frames()} frames.
     */
    default long[] frameIndices(Preprocessing preprocessing, long first, long last) {
        return FrameSampling.uniform(first, last, preprocessing.frames());
    }

    /**
     * Turns the frames of {@link #frameIndices}, decoded in that order at the plan's decode size, into this
     * backbone's input: the same input {@link #prepare} makes from the file for that range. Thread-safe.
     *
     * @param plan      {@code preprocessing.plan(displayWidth, displayHeight, seed)} of the video
     * @param frameRate frames per second of the video
     */
    default ClipTensor prepareFrames(RgbFrames frames, Preprocessing preprocessing, CropPlan plan, double frameRate) {
        return ClipTensors.toTensor(frames, plan, preprocessing.mean(), preprocessing.std(), preprocessing.layout());
    }

    /**
     * Embeds a batch of prepared clips.
     *
     * @return one embedding of {@link ModelCard#embeddingSize()} floats per clip, in batch order
     * @throws BackboneException when the model fails (the message names the model and the reason)
     */
    float[][] embed(List<ClipTensor> batch) throws BackboneException;

    /** Releases the model (native memory for TorchScript backbones). */
    @Override
    void close();
}
