package dev.vigil.experiment;

import dev.vigil.dataset.Clip;
import dev.vigil.detector.AutoencoderDetector;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.training.TrainingResult;
import dev.vigil.training.TrainingSession;

import java.io.IOException;
import java.util.List;

/**
 * Fine-tuning, the reference's second configuration: the autoencoder trains on decoded clips through the backbone,
 * whose last parameters train too from a chosen epoch on. Afterwards every clip is embedded again with the tuned
 * backbone, and the other detectors fit and score on those embeddings. Close it to release the backbone.
 */
public interface BackboneTuning extends AutoCloseable {

    /**
     * What fine-tuning produced.
     *
     * @param training   the training of the autoencoder and the backbone
     * @param embeddings every clip's embedding by the tuned backbone, in the order of the clips given
     */
    record Tuned(TrainingResult training, float[][] embeddings) {
    }

    /**
     * Trains (or resumes) the autoencoder with the backbone in front of it, keeps the tuned parameters in the run
     * folder ({@link RunFolder#tunedBackboneFile()}) and embeds the clips again.
     *
     * @param clips   every clip of the run; the normal train clips train, the normal val clips validate
     * @param session checkpoints in the run folder, listeners and the cancel token
     * @param resume  true to continue from the latest checkpoint
     */
    Tuned train(AutoencoderDetector autoencoder, List<Clip> clips, RunFolder folder, TrainingSession session,
                boolean resume) throws IOException;

    @Override
    void close();
}
