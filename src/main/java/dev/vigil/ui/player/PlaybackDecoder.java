package dev.vigil.ui.player;

import dev.vigil.video.FrameReader;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Decodes one video on its own thread into a small bounded queue, ahead of what is shown: playback never waits on
 * FFmpeg while frames are buffered, and memory holds a handful of frames whatever the video's length. A seek starts a
 * new generation; frames of the old one are dropped. Buffers are recycled, so steady playback allocates nothing.
 */
final class PlaybackDecoder implements AutoCloseable {

    /** Frames decoded ahead: a third of a second at 25 fps, little memory even at 1280×720. */
    static final int CAPACITY = 8;
    /** Largest frame decoded for display; bigger videos are scaled down by FFmpeg while decoding. */
    static final int MAX_WIDTH = 1280;
    static final int MAX_HEIGHT = 720;

    private final Path file;
    private final Executor uiThread;
    private final BlockingQueue<DecodedFrame> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final ConcurrentLinkedQueue<byte[]> pool = new ConcurrentLinkedQueue<>();
    private final AtomicReference<SeekRequest> seekRequest = new AtomicReference<>();
    private final AtomicInteger generation = new AtomicInteger();
    private final Thread thread;
    private volatile boolean closed;
    /** The generation whose decoding reached the end of the video; a seek makes it stale at once. */
    private volatile int endedGeneration = -1;
    private volatile long endIndex = -1;
    private volatile int frameBytes;

    /**
     * Starts decoding {@code file}; {@code onOpened} and {@code onError} run on {@code uiThread}.
     *
     * @param onOpened receives what the video is and the size frames are decoded at
     */
    PlaybackDecoder(Path file, Executor uiThread, Consumer<Opened> onOpened, Consumer<String> onError) {
        this.file = file;
        this.uiThread = uiThread;
        this.thread = new Thread(() -> decodeLoop(onOpened, onError), "vigil-player " + file.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    private record SeekRequest(long frame, int generation) {
    }

    /** What the decoder found when it opened the video. */
    record Opened(VideoInfo info, int width, int height) {
    }

    private void decodeLoop(Consumer<Opened> onOpened, Consumer<String> onError) {
        try {
            VideoInfo info = VideoProbe.probe(file);
            int[] size = displaySize(info.displayWidth(), info.displayHeight());
            frameBytes = size[0] * size[1] * 3;
            try (FrameReader reader = FrameReader.open(file, size[0], size[1])) {
                uiThread.execute(() -> onOpened.accept(new Opened(info, size[0], size[1])));
                decode(reader);
            }
        } catch (VideoException e) {
            endedGeneration = Integer.MAX_VALUE;
            if (!closed) {
                uiThread.execute(() -> onError.accept(e.getMessage()));
            }
        }
    }

    private void decode(FrameReader reader) throws VideoException {
        int current = generation.get();
        boolean readSinceSeek = false;
        boolean atEnd = false;
        while (!closed) {
            SeekRequest request = seekRequest.getAndSet(null);
            if (request != null) {
                current = request.generation();
                recycleAll();
                reader.seek(request.frame());
                atEnd = false;
                readSinceSeek = false;
            }
            if (atEnd) {
                sleepBriefly();
                continue;
            }
            byte[] buffer = pool.poll();
            if (buffer == null) {
                buffer = new byte[frameBytes];
            }
            long index = reader.position();
            if (!reader.read(buffer, 0)) {
                // A seek past the end reads nothing: only a run that read frames knows where the end is.
                if (readSinceSeek) {
                    endIndex = index;
                }
                pool.add(buffer);
                atEnd = true;
                endedGeneration = current;
                continue;
            }
            readSinceSeek = true;
            offer(new DecodedFrame(current, index, buffer));
        }
    }

    /** Waits for room in the queue, giving up when a seek or close makes the frame useless. */
    private void offer(DecodedFrame frame) {
        try {
            while (!queue.offer(frame, 20, TimeUnit.MILLISECONDS)) {
                if (closed || seekRequest.get() != null) {
                    pool.add(frame.rgb());
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private void sleepBriefly() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private void recycleAll() {
        for (DecodedFrame frame = queue.poll(); frame != null; frame = queue.poll()) {
            pool.add(frame.rgb());
        }
    }

    /** Fits the displayed size into {@link #MAX_WIDTH} × {@link #MAX_HEIGHT}, keeping even sides for FFmpeg's scaler. */
    static int[] displaySize(int width, int height) {
        double scale = Math.min(1.0, Math.min((double) MAX_WIDTH / width, (double) MAX_HEIGHT / height));
        if (scale >= 1.0) {
            return new int[] {width, height};
        }
        int w = Math.max(2, (int) Math.round(width * scale) & ~1);
        int h = Math.max(2, (int) Math.round(height * scale) & ~1);
        return new int[] {w, h};
    }

    // Display side, any thread

    /** Asks for {@code frame} next; frames decoded before this call are dropped. */
    void seek(long frame) {
        seekRequest.set(new SeekRequest(Math.max(0, frame), generation.incrementAndGet()));
    }

    /** The next frame of the current generation without taking it, or null when none is decoded yet. */
    DecodedFrame peek() {
        int current = generation.get();
        DecodedFrame head = queue.peek();
        while (head != null && head.generation() != current) {
            queue.poll();
            pool.add(head.rgb());
            head = queue.peek();
        }
        return head;
    }

    DecodedFrame poll() {
        return peek() == null ? null : queue.poll();
    }

    /**
     * Takes the newest decoded frame that is due at {@code target}, giving the older due ones back: playback that
     * falls behind drops frames to keep time. Null when none is due.
     */
    DecodedFrame takeDue(long target) {
        DecodedFrame due = null;
        for (DecodedFrame head = peek(); head != null && head.index() <= target; head = peek()) {
            poll();
            if (due != null) {
                recycle(due);
            }
            due = head;
        }
        return due;
    }

    /** Gives a shown frame's buffer back for reuse. */
    void recycle(DecodedFrame frame) {
        if (frame.rgb().length == frameBytes) {
            pool.add(frame.rgb());
        }
    }

    /** True when the decoder reached the end of the video (or failed) and nothing new will come until a seek. */
    boolean ended() {
        int ended = endedGeneration;
        return ended == Integer.MAX_VALUE || ended == generation.get();
    }

    /** Number of frames, once the decoder has read to the end; -1 before. */
    long endIndex() {
        return endIndex;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
