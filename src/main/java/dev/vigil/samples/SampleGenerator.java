package dev.vigil.samples;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Manifest;
import dev.vigil.dataset.Split;
import dev.vigil.io.AtomicFiles;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.CancelledException;
import dev.vigil.progress.ProgressListener;
import dev.vigil.progress.ProgressMeter;
import dev.vigil.video.H264Writer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generates the sample dataset: {@code <class>/<class>_NN.mp4} for each activity, {@code manifest.csv} and a
 * {@code README.md}. Each clip is made from its own seed (derived from the master seed, the class and the clip number),
 * so clips do not depend on the order or the threads that make them, and the same settings give the same bytes.
 */
public final class SampleGenerator {

    private final SampleSettings settings;

    public SampleGenerator(SampleSettings settings) {
        this.settings = settings;
    }

    public SampleSettings settings() {
        return settings;
    }

    /** The manifest rows, in class order then clip order, without making any video. */
    public List<Clip> manifest() {
        List<Clip> clips = new ArrayList<>();
        for (Activity activity : Activity.values()) {
            Split[] splits = SampleSplits.of(activity, settings.clipsPerClass(), settings.seed());
            for (int i = 0; i < settings.clipsPerClass(); i++) {
                clips.add(new Clip(path(activity, i), activity.label(), activity.id(), splits[i]));
            }
        }
        return clips;
    }

    /** The relative path of clip {@code index} (from 0) of an activity, e.g. {@code walk/walk_01.mp4}. */
    public String path(Activity activity, int index) {
        int digits = Math.max(2, Integer.toString(settings.clipsPerClass()).length());
        return String.format(Locale.ROOT, "%s/%s_%0" + digits + "d.mp4", activity.id(), activity.id(), index + 1);
    }

    /** The parameters of clip {@code index} (from 0) of an activity. */
    public ClipSpec spec(Activity activity, int index) {
        long seed = Rng.derive(settings.seed(), activity.id().hashCode(), index);
        return ClipSpec.random(activity, seed, settings.width(), settings.height(), settings.seconds());
    }

    /** Renders and encodes one clip to {@code file}. */
    public void writeClip(Activity activity, int index, Path file) throws IOException {
        ActivityRenderer renderer = ActivityRenderer.of(spec(activity, index), settings.width(), settings.height(),
                settings.fps());
        byte[] rgb = new byte[settings.width() * settings.height() * 3];
        try (H264Writer writer = H264Writer.create(file, settings.width(), settings.height(), settings.fps(),
                settings.bitrate())) {
            for (int t = 0; t < settings.frames(); t++) {
                renderer.paint(t, rgb);
                writer.write(rgb);
            }
            writer.finish();
        }
    }

    /**
     * Writes the whole dataset under {@code out}: clips first (on {@code threads} threads), then the manifest and the
     * README, so a manifest only ever lists clips that exist.
     *
     * @return the manifest rows
     * @throws CancelledException when {@code cancel} is cancelled; clips already written stay, no manifest is written
     */
    public List<Clip> generate(Path out, int threads, ProgressListener listener, CancellationToken cancel)
            throws IOException {
        List<Clip> clips = manifest();
        ProgressMeter meter = new ProgressMeter("generate", clips.size(), listener);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Activity activity : Activity.values()) {
                for (int i = 0; i < settings.clipsPerClass(); i++) {
                    int index = i;
                    String relative = path(activity, index);
                    jobs.add(pool.submit(() -> {
                        cancel.throwIfCancelled();
                        writeClip(activity, index, out.resolve(relative));
                        meter.advance(1, relative);
                        return null;
                    }));
                }
            }
            for (Future<?> job : jobs) {
                await(job, pool);
            }
        } finally {
            pool.shutdownNow();
        }
        Manifest.write(out.resolve(Manifest.FILE_NAME), clips);
        AtomicFiles.writeString(out.resolve("README.md"), SamplesReadme.text(settings, clips));
        return clips;
    }

    private static void await(Future<?> job, ExecutorService pool) throws IOException {
        try {
            job.get();
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            pool.shutdownNow();
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(cause);
        }
    }
}
