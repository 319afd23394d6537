package dev.vigil.timeline;

import dev.vigil.backbone.Backbone;
import dev.vigil.backbone.BackboneException;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.CancelledException;
import dev.vigil.video.ClipTensor;
import dev.vigil.video.CropPlan;
import dev.vigil.video.FrameSource;
import dev.vigil.video.FrameSourceOpener;
import dev.vigil.video.Preprocessing;
import dev.vigil.video.RgbFrames;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Embeds many overlapping windows of a video in one sequential decoding pass, so that an hour of footage is
 * decoded once instead of once per window, and memory stays flat however long the video is.
 *
 * <p>A window opens when the pass reaches its first frame: the frames the backbone looks at in it
 * ({@link Backbone#frameIndices}) are marked as wanted. Wanted frames are scaled by FFmpeg straight to the
 * backbone's decode size and kept once, however many windows share them; all other frames are decoded and passed
 * over without conversion. When a window's last wanted frame has arrived, its frames are copied out and released,
 * and {@link Backbone#prepareFrames} runs on a worker thread while decoding goes on. Prepared windows are embedded
 * in batches on the calling thread. So at any time the pass holds only the frames of windows still open (at most
 * W frames) plus the few windows in flight between the stages.
 *
 * <p>The result for each window equals what {@link Backbone#prepare} and {@link Backbone#embed} give for its frame
 * range read from the file: the same frames, scaled the same way.
 */
public final class WindowStream {

    /** Frames between two progress reports. */
    private static final int PROGRESS_EVERY = 25;

    private final Backbone backbone;
    private final Preprocessing preprocessing;
    private final int workers;
    private final int batchSize;
    private final int decodeThreads;
    private final CancellationToken token;

    /**
     * @param workers       threads that prepare windows (1: on the decoding thread)
     * @param batchSize     windows per forward pass
     * @param decodeThreads FFmpeg decoding threads (0 lets FFmpeg choose)
     */
    public WindowStream(Backbone backbone, int workers, int batchSize, int decodeThreads, CancellationToken token) {
        if (workers < 1 || batchSize < 1 || decodeThreads < 0) {
            throw new IllegalArgumentException("workers and batch size must be at least 1, decode threads 0 or more; got "
                    + workers + ", " + batchSize + ", " + decodeThreads);
        }
        this.backbone = backbone;
        this.preprocessing = backbone.card().evalPreprocessing();
        this.workers = workers;
        this.batchSize = batchSize;
        this.decodeThreads = decodeThreads;
        this.token = token == null ? CancellationToken.none() : token;
    }

    /** FFmpeg decoding threads of a pass over a file (0 lets FFmpeg choose). */
    public int decodeThreads() {
        return decodeThreads;
    }

    /**
     * Embeds the given windows of a video.
     *
     * @param windows    windows ordered by first frame (any subset of a plan)
     * @param sink       receives each window's embedding
     * @param framesDone told every few frames how many more frames were decoded
     * @throws VideoException     when the file cannot be opened or decoded (the message names it and the reason)
     * @throws BackboneException  when the backbone fails
     * @throws CancelledException when the token is cancelled; stops at the next frame
     */
    public StreamStats run(VideoInfo info, List<FrameWindow> windows, WindowSink sink, LongConsumer framesDone)
            throws VideoException, BackboneException {
        return run(info, FrameSourceOpener.file(info.file(), decodeThreads), windows, sink, framesDone);
    }

    /**
     * Embeds the given windows of the frames a source delivers. A source opened at a seek point starts past frame 0;
     * every window must then start at or after it.
     *
     * @param info   the video's display size and frame rate, which plan the crop and the sampling
     * @param source opens the frames at the size the backbone decodes at
     * @see #run(VideoInfo, List, WindowSink, LongConsumer)
     */
    public StreamStats run(VideoInfo info, FrameSourceOpener source, List<FrameWindow> windows, WindowSink sink,
                           LongConsumer framesDone) throws VideoException, BackboneException {
        for (int i = 1; i < windows.size(); i++) {
            if (windows.get(i).first() < windows.get(i - 1).first()) {
                throw new IllegalArgumentException("windows must be ordered by their first frame");
            }
        }
        if (windows.isEmpty()) {
            return new StreamStats(0, 0, 0, 0, 0, 0, false);
        }
        CropPlan plan = preprocessing.plan(info.displayWidth(), info.displayHeight(), 0);
        try (Pass pass = new Pass(info, plan, source, sink)) {
            return pass.go(WindowSchedule.of(windows), framesDone);
        }
    }

    /**
     * Embeds windows of a source whose end is not known in advance (a live stream): a window of
     * {@code spec.length()} frames every {@code spec.stride()} frames from the source's first frame on, each planned
     * when the pass reaches it, until the source ends. Window indices count from 0 in this pass. Windows whose frames
     * never all came (the source ended inside them) are counted as dropped.
     *
     * @see #run(VideoInfo, FrameSourceOpener, List, WindowSink, LongConsumer)
     */
    public StreamStats runOpenEnded(VideoInfo info, FrameSourceOpener source, WindowSpec spec, WindowSink sink,
                                    LongConsumer framesDone) throws VideoException, BackboneException {
        CropPlan plan = preprocessing.plan(info.displayWidth(), info.displayHeight(), 0);
        try (Pass pass = new Pass(info, plan, source, sink)) {
            return pass.go(WindowSchedule.grid(spec, pass.reader.position()), framesDone);
        }
    }

    /** A window whose frames are being collected. */
    private record OpenWindow(FrameWindow window, long[] indices) {
        long lastIndex() {
            return indices[indices.length - 1];
        }
    }

    /** A window being prepared on a worker. */
    private record Pending(FrameWindow window, Future<ClipTensor> tensor) {
    }

    /** The state of one pass over one video. */
    private final class Pass implements AutoCloseable {
        private final VideoInfo info;
        private final CropPlan plan;
        private final WindowSink sink;
        private final FrameSource reader;
        private final HeldFrames held;
        private final int frameBytes;
        private final ExecutorService pool;
        private final List<OpenWindow> open = new ArrayList<>();
        private final ArrayDeque<Pending> pending = new ArrayDeque<>();
        private final List<FrameWindow> batchWindows = new ArrayList<>();
        private final List<ClipTensor> batch = new ArrayList<>();
        private long converted;
        private int embedded;

        Pass(VideoInfo info, CropPlan plan, FrameSourceOpener source, WindowSink sink) throws VideoException {
            this.info = info;
            this.plan = plan;
            this.sink = sink;
            this.reader = source.open(plan.decodeWidth(), plan.decodeHeight());
            this.frameBytes = reader.width() * reader.height() * 3;
            this.held = new HeldFrames(frameBytes);
            this.pool = workers == 1 ? null : Executors.newFixedThreadPool(workers, runnable -> {
                Thread thread = new Thread(runnable, "vigil-window");
                thread.setDaemon(true);
                return thread;
            });
        }

        StreamStats go(WindowSchedule windows, LongConsumer framesDone) throws VideoException, BackboneException {
            long lastFrame = windows.lastFrame();
            long start = reader.position();
            if (windows.peek().first() < start) {
                throw new IllegalArgumentException(reader.name() + " starts at frame " + start + ", after the first window "
                        + windows.peek());
            }
            long position = start;
            long reported = start;
            boolean ended = false;
            while (position <= lastFrame) {
                token.throwIfCancelled();
                while (windows.peek() != null && windows.peek().first() <= position) {
                    openWindow(windows.peek());
                    windows.advance();
                }
                if (!decode(position)) {
                    ended = true;
                    break;
                }
                position++;
                completeBefore(position);
                if (position - reported >= PROGRESS_EVERY) {
                    framesDone.accept(position - reported);
                    reported = position;
                }
            }
            framesDone.accept(position - reported);
            // windows whose frames never came: the file holds fewer frames than it declares, or a stream stopped
            int dropped = open.size() + windows.remaining();
            for (OpenWindow w : open) {
                releaseAll(w);
            }
            open.clear();
            drain(0);
            flush();
            return new StreamStats(position - start, converted, held.peak(), embedded, 0, dropped, ended);
        }

        private void openWindow(FrameWindow window) {
            long[] indices = backbone.frameIndices(preprocessing, window.first(), window.last());
            if (indices.length == 0 || indices[0] < window.first() || indices[indices.length - 1] > window.last()) {
                throw new IllegalStateException(backbone.card().id() + " samples frames outside " + window);
            }
            for (int i = 0; i < indices.length; i++) {
                if (i == 0 || indices[i] != indices[i - 1]) {
                    held.want(indices[i]);
                }
            }
            open.add(new OpenWindow(window, indices));
        }

        /** Decodes the frame at {@code position}: converted when a window wants it, else only passed over. */
        private boolean decode(long position) throws VideoException {
            if (!held.isWanted(position)) {
                return reader.skip();
            }
            byte[] slot = held.slot(position);
            if (!reader.read(slot, 0)) {
                return false;
            }
            converted++;
            return true;
        }

        /** Hands over every open window whose frames have all arrived (all before {@code position}). */
        private void completeBefore(long position) throws VideoException, BackboneException {
            Iterator<OpenWindow> it = open.iterator();
            while (it.hasNext()) {
                OpenWindow w = it.next();
                if (w.lastIndex() < position) {
                    it.remove();
                    RgbFrames frames = collect(w);
                    releaseAll(w);
                    submit(w.window(), frames);
                }
            }
        }

        private RgbFrames collect(OpenWindow w) {
            byte[] data = new byte[w.indices().length * frameBytes];
            for (int i = 0; i < w.indices().length; i++) {
                System.arraycopy(held.get(w.indices()[i]), 0, data, i * frameBytes, frameBytes);
            }
            return new RgbFrames(w.indices().length, reader.height(), reader.width(), data);
        }

        private void releaseAll(OpenWindow w) {
            long[] indices = w.indices();
            for (int i = 0; i < indices.length; i++) {
                if (i == 0 || indices[i] != indices[i - 1]) {
                    held.release(indices[i]);
                }
            }
        }

        private void submit(FrameWindow window, RgbFrames frames) throws VideoException, BackboneException {
            if (pool == null) {
                add(window, prepare(window, frames));
                return;
            }
            pending.add(new Pending(window, pool.submit(() -> backbone.prepareFrames(frames, preprocessing, plan,
                    info.frameRate()))));
            // two windows per worker in flight keep the workers busy and bound what waits
            drain(2 * workers);
        }

        private ClipTensor prepare(FrameWindow window, RgbFrames frames) throws VideoException {
            try {
                return backbone.prepareFrames(frames, preprocessing, plan, info.frameRate());
            } catch (RuntimeException e) {
                throw failure(window, e);
            }
        }

        /** Takes finished windows in order, and waits for the oldest while more than {@code keep} are in flight. */
        private void drain(int keep) throws VideoException, BackboneException {
            while (!pending.isEmpty() && (pending.size() > keep || pending.peek().tensor().isDone())) {
                Pending p = pending.poll();
                try {
                    add(p.window(), p.tensor().get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancelledException();
                } catch (ExecutionException e) {
                    throw failure(p.window(), e.getCause());
                }
            }
        }

        private VideoException failure(FrameWindow window, Throwable cause) {
            return new VideoException(info.file(), "cannot prepare frames " + window.first() + "-" + window.last()
                    + " (" + cause + ")", cause);
        }

        private void add(FrameWindow window, ClipTensor tensor) throws BackboneException {
            batchWindows.add(window);
            batch.add(tensor);
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        private void flush() throws BackboneException {
            if (batch.isEmpty()) {
                return;
            }
            token.throwIfCancelled();
            float[][] out = backbone.embed(batch);
            for (int k = 0; k < out.length; k++) {
                sink.accept(batchWindows.get(k), out[k]);
            }
            embedded += out.length;
            batch.clear();
            batchWindows.clear();
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
                try {
                    pool.awaitTermination(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            reader.close();
        }
    }
}
