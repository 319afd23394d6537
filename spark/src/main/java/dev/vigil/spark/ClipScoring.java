package dev.vigil.spark;

import dev.vigil.experiment.bundle.BundleScorer;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoProbe;

import java.io.IOException;
import java.util.List;

/** The task of a clip bundle: one video, one score, by the one-machine {@link BundleScorer}. */
final class ClipScoring {

    private ClipScoring() {
    }

    static VideoOutcome score(VideoInput video, JobSettings job) {
        job.drill(video.name());
        try (LocalFile local = LocalFile.of(video.uri(), job.hadoop().get())) {
            BundleScorer scorer = ExecutorBundles.clip(job.bundleFile());
            BundleScorer.Scored s = scorer.score(List.of(local.file()), null, job.workers(), ProgressListener.NONE,
                    CancellationToken.none()).get(0);
            if (s.failed()) {
                return new VideoOutcome(ClipRow.failed(video, s.failure()), 0);
            }
            // the frames the summary counts; the file was just decoded, so the probe cannot fail
            long frames = VideoProbe.probe(local.file()).frameCount();
            return new VideoOutcome(ClipRow.scored(video, s.score(), s.anomaly(), ""), frames);
        } catch (VideoException e) {
            return new VideoOutcome(ClipRow.failed(video, e.reason()), 0);
        } catch (IOException e) {
            return new VideoOutcome(ClipRow.failed(video, e.getMessage()), 0);
        }
    }
}
