package dev.vigil.ui.dataset;

import dev.vigil.dataset.ClipProbe;
import dev.vigil.dataset.ClipProber;
import dev.vigil.dataset.SourceClip;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.ui.task.BackgroundTask;

import java.util.List;
import java.util.function.Consumer;

/**
 * Probes every clip (duration, size, first frame decodes) on the core's prober and hands each probe over as soon as
 * it is known, so that the table fills while the job runs. A clip that fails carries its reason; the job goes on.
 */
final class ProbeClipsTask extends BackgroundTask<List<ClipProbe>> {

    private final List<SourceClip> clips;
    private final Consumer<ClipProbe> eachProbe;

    /** @param eachProbe called on worker threads; hand over to the UI thread there (a UiBatcher does) */
    ProbeClipsTask(List<SourceClip> clips, Consumer<ClipProbe> eachProbe) {
        super("Probe " + clips.size() + (clips.size() == 1 ? " clip" : " clips"));
        this.clips = List.copyOf(clips);
        this.eachProbe = eachProbe;
    }

    @Override
    protected List<ClipProbe> call(ProgressListener progress, CancellationToken cancellation) {
        return new ClipProber().probeAll(clips, progress, cancellation, eachProbe);
    }
}
