package dev.vigil.ui.dataset;

import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.progress.ProgressMeter;
import dev.vigil.ui.task.BackgroundTask;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Probes every clip (duration, size, first frame decodes) and hands each outcome to {@code results} as soon as it
 * is known, so that the table fills while the job runs. A clip that fails is reported with its reason; the job goes on.
 */
final class ProbeClipsTask extends BackgroundTask<Integer> {

    /** What probing one clip found: its info, or why it cannot be used. */
    record Outcome(int index, VideoInfo info, String problem) {
    }

    private final List<Path> files;
    private final Consumer<Outcome> results;

    /** @param results called on the worker thread; hand over to the UI thread there (a UiBatcher does) */
    ProbeClipsTask(List<Path> files, Consumer<Outcome> results) {
        super("Probe " + files.size() + " clips");
        this.files = List.copyOf(files);
        this.results = results;
    }

    /** Returns the number of clips with a problem. */
    @Override
    protected Integer call(ProgressListener progress, CancellationToken cancellation) {
        ProgressMeter meter = new ProgressMeter("probe", files.size(), progress);
        int problems = 0;
        for (int i = 0; i < files.size(); i++) {
            cancellation.throwIfCancelled();
            Path file = files.get(i);
            Outcome outcome;
            try {
                outcome = new Outcome(i, VideoProbe.probe(file), null);
            } catch (VideoException e) {
                outcome = new Outcome(i, null, e.reason());
                problems++;
            } catch (RuntimeException e) {
                outcome = new Outcome(i, null, describe(e));
                problems++;
            }
            results.accept(outcome);
            meter.advance(1, "Probed " + (i + 1) + " of " + files.size() + " clips");
        }
        return problems;
    }
}
