package dev.vigil.timeline;

import dev.vigil.backbone.BackboneException;
import dev.vigil.backbone.CellGrid;
import dev.vigil.detector.AutoencoderDetector;
import dev.vigil.detector.Detector;
import dev.vigil.detector.DetectorKind;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.progress.ProgressMeter;
import dev.vigil.training.EpochRecord;
import dev.vigil.training.TrainingListener;
import dev.vigil.training.TrainingSession;
import dev.vigil.video.VideoException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Trains a detector on long normal recordings: a folder of videos without class folders is a valid training set.
 * Each video is cut into windows as it will be scored (same length; the same stride unless there are more than
 * {@link TimelineSettings#maxTrainWindows()} windows in all, then a proportionally larger one), a stretch of each
 * video's windows is held out ({@link WindowSplit}), the rest are embedded and learnt, and the threshold is
 * chosen on the held-out windows' scores. A video that cannot be read is reported and skipped.
 */
public final class TimelineTrainer {

    private final WindowEmbedder embedder;
    private final TimelineSettings settings;
    private final ProgressListener listener;
    private final CancellationToken token;

    public TimelineTrainer(WindowEmbedder embedder, TimelineSettings settings, ProgressListener listener,
                           CancellationToken token) {
        this.embedder = embedder;
        this.settings = settings;
        this.listener = listener == null ? ProgressListener.NONE : listener;
        this.token = token == null ? CancellationToken.none() : token;
    }

    /**
     * @throws TimelineException when no training window could be embedded
     * @throws BackboneException when the backbone fails
     */
    public TrainedTimeline train(List<VideoEntry> videos) throws TimelineException, BackboneException {
        List<VideoIssue> issues = new ArrayList<>();
        List<ProbedVideo> probed = ProbedVideo.probeAll(videos, token, issues::add);
        long windowCount = 0;
        for (ProbedVideo v : probed) {
            windowCount += settings.windows().plan(v.info().frameCount()).size();
        }
        int factor = (int) Math.max(1, (windowCount + settings.maxTrainWindows() - 1) / settings.maxTrainWindows());
        int stride = settings.windows().stride() * factor;
        ProgressMeter meter = new ProgressMeter("train", ProbedVideo.frames(probed), listener);
        List<float[]> train = new ArrayList<>();
        List<float[]> heldOut = new ArrayList<>();
        int used = 0;
        for (ProbedVideo v : probed) {
            VideoEntry video = v.entry();
            WindowSplit split = WindowSplit.of(settings.windows().plan(v.info().frameCount(), stride),
                    settings.validationFraction(), settings.seed(), video.name());
            List<FrameWindow> wanted = new ArrayList<>(split.train());
            wanted.addAll(split.validation());
            wanted.sort(Comparator.comparingLong(FrameWindow::first));
            float[][] embeddings = new float[wanted.stream().mapToInt(FrameWindow::index).max().orElse(-1) + 1][];
            try {
                embedder.embed(v.info(), wanted, (w, e) -> embeddings[w.index()] = e,
                        done -> meter.advance(done, video.name()));
            } catch (VideoException e) {
                issues.add(new VideoIssue(video.name(), e.reason()));
                continue;
            }
            used++;
            collect(split.train(), embeddings, train);
            collect(split.validation(), embeddings, heldOut);
        }
        if (train.isEmpty()) {
            throw new TimelineException("no training window could be embedded from " + videos.size() + " video(s)"
                    + (issues.isEmpty() ? "" : "; " + issues.get(0)));
        }
        Optional<CellGrid> grid = embedder.backbone().cells();
        CellMapModel maps = grid.map(g -> CellMapModel.fit(g, train.toArray(new float[0][]))).orElse(null);
        float[][] trainRows = RankingPart.of(grid, train);
        float[][] heldOutRows = RankingPart.of(grid, heldOut);
        Detector detector = fit(trainRows, heldOutRows);
        try {
            double[] heldOutScores = heldOutRows.length > 0 ? detector.score(heldOutRows) : new double[0];
            double[] trainScores = heldOutRows.length == 0 && !settings.threshold().isFixed()
                    ? detector.score(trainRows) : new double[0];
            ThresholdRule.Threshold threshold = settings.threshold().resolve(heldOutScores, trainScores);
            return new TrainedTimeline(detector, threshold, used, stride, trainRows.length, heldOutRows.length,
                    heldOutScores, issues, maps);
        } catch (RuntimeException e) {
            detector.close();
            throw e;
        }
    }

    private static void collect(List<FrameWindow> windows, float[][] embeddings, List<float[]> into) {
        for (FrameWindow w : windows) {
            if (embeddings[w.index()] != null) {
                into.add(embeddings[w.index()]);
            }
        }
    }

    private Detector fit(float[][] train, float[][] heldOut) {
        Detector detector = TimelineDetectors.create(settings.detector(), train[0].length, settings.seed());
        if (detector instanceof AutoencoderDetector autoencoder) {
            ProgressMeter epochs = new ProgressMeter("fit", autoencoder.trainingConfig().epochs(), listener);
            TrainingSession session = TrainingSession.plain().withCancellation(token).withListener(
                    new TrainingListener() {
                        @Override
                        public void onEpoch(EpochRecord record, boolean best) {
                            epochs.advance(1, String.format(Locale.ROOT, "epoch %d loss %.4g", record.epoch(),
                                    record.trainLoss()));
                        }
                    });
            try {
                // the held-out windows pick the best epoch, as validation clips do for clip-level runs
                autoencoder.train(train, heldOut, session);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            detector.fit(train, settings.detector() == DetectorKind.CENTROID
                    ? TimelineDetectors.normalClips(train.length) : null);
        }
        return detector;
    }
}
