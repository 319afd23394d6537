package dev.vigil.dataset;

import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.CancelledException;
import dev.vigil.progress.ProgressListener;
import dev.vigil.progress.ProgressMeter;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoProbe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Probes candidate clips on a small pool of worker threads: opening a file and decoding its first frame is the
 * slow part of a preparation, and it waits mostly on the disk and FFmpeg's demuxer, so two workers nearly halve
 * the time without starving the rest of the machine. Results come back in the order of the input whatever the
 * threads' timing, so a preparation stays reproducible.
 */
public final class ClipProber {

    /** Workers used when the caller does not say. */
    public static final int DEFAULT_THREADS = 2;
    /** The stage name in {@link dev.vigil.progress.Progress} snapshots. */
    public static final String STAGE = "probe";

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;

    public ClipProber(int threads) {
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("probe threads " + threads + ": must be between 1 and 64");
        }
        this.threads = threads;
    }

    public ClipProber() {
        this(DEFAULT_THREADS);
    }

    /**
     * Probes every clip once. A clip that is not a usable video yields a {@link ClipProbe} with the reason; it
     * never stops the others.
     *
     * @return one probe per clip, in the order of {@code clips}
     * @throws CancelledException when {@code cancel} is cancelled; probes already running finish in the background
     */
    public List<ClipProbe> probeAll(List<SourceClip> clips, ProgressListener listener, CancellationToken cancel) {
        return probeAll(clips, listener, cancel, probe -> { });
    }

    /**
     * As {@link #probeAll(List, ProgressListener, CancellationToken)}, and hands each probe to {@code eachProbe} as
     * soon as it is done (on a worker thread, in completion order), so that a table can fill in while probing runs.
     */
    public List<ClipProbe> probeAll(List<SourceClip> clips, ProgressListener listener, CancellationToken cancel,
                                    Consumer<ClipProbe> eachProbe) {
        ProgressMeter meter = new ProgressMeter(STAGE, clips.size(), listener);
        int pool = POOLS.incrementAndGet();
        AtomicInteger workers = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, clips.size())), r -> {
            Thread thread = new Thread(r, "probe-" + pool + "-" + workers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<ClipProbe>> futures = new ArrayList<>(clips.size());
            for (SourceClip clip : clips) {
                futures.add(executor.submit(() -> {
                    cancel.throwIfCancelled();
                    ClipProbe probe = probe(clip);
                    eachProbe.accept(probe);
                    meter.advance(1, clip.path());
                    return probe;
                }));
            }
            List<ClipProbe> probes = new ArrayList<>(clips.size());
            for (Future<ClipProbe> future : futures) {
                probes.add(await(future, cancel));
            }
            return probes;
        } finally {
            executor.shutdownNow();
        }
    }

    /** Probes one clip on the calling thread. */
    public static ClipProbe probe(SourceClip clip) {
        try {
            return new ClipProbe(clip, VideoProbe.probe(clip.file()), null);
        } catch (VideoException e) {
            return new ClipProbe(clip, null, e.reason());
        } catch (RuntimeException | LinkageError e) {
            // A crash inside FFmpeg's Java bindings on one odd file must not end the whole import.
            return new ClipProbe(clip, null, "probe failed (" + e + ")");
        }
    }

    private static ClipProbe await(Future<ClipProbe> future, CancellationToken cancel) {
        while (true) {
            cancel.throwIfCancelled();
            try {
                // Wake up now and then so that a cancel is seen even while a slow file is being opened.
                return future.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // keep waiting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CancelledException cancelled) {
                    throw cancelled;
                }
                throw new IllegalStateException("probe worker failed", e.getCause());
            }
        }
    }
}
