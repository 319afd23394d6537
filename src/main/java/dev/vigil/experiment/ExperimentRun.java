package dev.vigil.experiment;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;
import dev.vigil.detector.AutoencoderDetector;
import dev.vigil.detector.Detector;
import dev.vigil.evaluation.ScoreTable;
import dev.vigil.experiment.config.ConfigException;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.experiment.config.ExperimentSettings;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.experiment.run.RunReport;
import dev.vigil.progress.ProgressListener;
import dev.vigil.progress.ProgressMeter;
import dev.vigil.training.TrainingResult;
import dev.vigil.training.TrainingSession;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One experiment on cached embeddings, from config to report, written into a run folder as it goes: the config
 * first, the training history and checkpoints during training, then the scores, and the report last. The CLI and
 * the UI both run experiments through this.
 *
 * <p>Detectors learn from the normal training clips; the autoencoder's validation loss uses the validation clips.
 * Every clip is scored by every detector. A cancel stops at a batch boundary: the folder then holds the config,
 * the history so far and a latest checkpoint, and {@link #resume} finishes it. The reference's {@code do_train}
 * and {@code do_test} flags are kept in the config but a run always does both.
 */
public final class ExperimentRun {

    private ExperimentRun() {
    }

    /**
     * What a run produced. Holds the fitted detectors (for a bundle export): close it.
     *
     * @param scores    every clip's score by every detector
     * @param report    metrics and threshold per detector
     * @param training  the autoencoder's training, when it trained
     * @param detectors the fitted detectors, in config order
     */
    public record Result(ScoreTable scores, RunReport report, Optional<TrainingResult> training,
                         List<Detector> detectors) implements AutoCloseable {

        @Override
        public void close() {
            detectors.forEach(Detector::close);
        }
    }

    /**
     * Runs the experiment from scratch.
     *
     * @param clips      every clip, in the order of {@code embeddings}
     * @param embeddings one embedding per clip
     * @param session    listeners and cancel token for the autoencoder's training (its checkpoint folder is the
     *                   run folder's); {@link TrainingSession#plain()} for none
     * @param progress   one step per detector fitted and scored
     */
    public static Result run(ExperimentConfig config, List<Clip> clips, float[][] embeddings, RunFolder folder,
                             TrainingSession session, ProgressListener progress) throws IOException {
        return run(config, clips, embeddings, folder, session, progress, null);
    }

    /**
     * Runs the experiment from scratch, fine-tuning the backbone with the autoencoder when {@code tuning} is given:
     * every detector then fits and scores the tuned backbone's embeddings.
     */
    public static Result run(ExperimentConfig config, List<Clip> clips, float[][] embeddings, RunFolder folder,
                             TrainingSession session, ProgressListener progress, BackboneTuning tuning)
            throws IOException {
        folder.writeConfig(config);
        return execute(config, clips, embeddings, folder, session, progress, tuning, false);
    }

    /** Finishes a run whose training was cancelled or interrupted, from its latest checkpoint. */
    public static Result resume(RunFolder folder, List<Clip> clips, float[][] embeddings, TrainingSession session,
                                ProgressListener progress) throws IOException {
        return resume(folder, clips, embeddings, session, progress, null);
    }

    /** Finishes a stopped run; {@code tuning} when the run fine-tunes its backbone. */
    public static Result resume(RunFolder folder, List<Clip> clips, float[][] embeddings, TrainingSession session,
                                ProgressListener progress, BackboneTuning tuning) throws IOException {
        ExperimentConfig config = folder.read().config();
        return execute(config, clips, embeddings, folder, session, progress, tuning, true);
    }

    private static Result execute(ExperimentConfig config, List<Clip> clips, float[][] frozen, RunFolder folder,
                                  TrainingSession session, ProgressListener progress, BackboneTuning tuning,
                                  boolean resume) throws IOException {
        if (clips.size() != frozen.length) {
            throw new IllegalArgumentException(clips.size() + " clips but " + frozen.length + " embeddings");
        }
        ExperimentSettings settings = config.settings();
        int size = frozen.length == 0 ? 0 : frozen[0].length;
        if (settings.embeddingSize().isPresent() && settings.embeddingSize().getAsInt() != size) {
            throw new ConfigException(null, List.of("model.init_dim: " + settings.embeddingSize().getAsInt()
                    + ", but the backbone's embeddings have " + size + " values"));
        }
        if (settings.fineTuning().isPresent() != (tuning != null)) {
            throw new IllegalArgumentException(tuning == null ? "the config fine-tunes the backbone, but no "
                    + "fine-tuning was given" : "fine-tuning was given, but the config keeps the backbone frozen");
        }
        TrainingSession training = session.withCheckpoints(folder.checkpoints()).withListener(folder.historyWriter());
        List<Detector> detectors = settings.createDetectors(size);
        try {
            float[][] embeddings = frozen;
            TrainingResult trained = null;
            AutoencoderDetector tuned = null;
            if (tuning != null) {
                tuned = detectors.stream().filter(AutoencoderDetector.class::isInstance)
                        .map(AutoencoderDetector.class::cast).findFirst().orElseThrow();
                BackboneTuning.Tuned result = tuning.train(tuned, clips, folder, training, resume);
                trained = result.training();
                embeddings = result.embeddings();
            }
            List<Clip> trainClips = new ArrayList<>();
            float[][] train = rows(clips, embeddings, Split.TRAIN, trainClips);
            float[][] validation = rows(clips, embeddings, Split.VAL, new ArrayList<>());
            ProgressMeter meter = new ProgressMeter("detectors", detectors.size(), progress);
            ScoreTable table = new ScoreTable(clips);
            Map<String, String> names = new LinkedHashMap<>();
            for (Detector detector : detectors) {
                if (detector == tuned) {
                    // trained with the backbone above
                } else if (detector instanceof AutoencoderDetector autoencoder) {
                    trained = resume ? autoencoder.resume(train, validation, training)
                            : autoencoder.train(train, validation, training);
                } else {
                    detector.fit(train, trainClips);
                }
                table = table.with(detector.id(), detector.score(embeddings));
                names.put(detector.id(), detector.name());
                meter.advance(1, detector.name());
            }
            for (Detector detector : detectors) {
                folder.writeDetector(detector);
            }
            folder.writeScores(table);
            RunReport report = RunEvaluation.report(table, settings, names, Instant.now());
            folder.writeReport(report);
            return new Result(table, report, Optional.ofNullable(trained), detectors);
        } catch (IOException | RuntimeException e) {
            detectors.forEach(Detector::close);
            throw e;
        }
    }

    /** The normal clips of a split, and their embeddings. */
    private static float[][] rows(List<Clip> clips, float[][] embeddings, Split split, List<Clip> chosen) {
        List<float[]> rows = new ArrayList<>();
        for (int i = 0; i < clips.size(); i++) {
            Clip clip = clips.get(i);
            if (clip.split() == split && !clip.isAnomaly()) {
                rows.add(embeddings[i]);
                chosen.add(clip);
            }
        }
        return rows.toArray(new float[0][]);
    }
}
