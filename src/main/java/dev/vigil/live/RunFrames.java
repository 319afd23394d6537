package dev.vigil.live;

import dev.vigil.progress.CancelledException;
import dev.vigil.video.FrameSource;

import java.util.function.Consumer;

/**
 * The frames of one unbroken run of a live source, as a {@link FrameSource} for the window stream: it ends where
 * the source ends, is lost, or where frames are missing (a {@link Gap}), so that no window ever spans a gap. Every
 * frame taken, read or skipped, is also handed to {@code taken} (the ring of pictures, the clip being recorded).
 */
final class RunFrames implements FrameSource {

    private final String name;
    private final FrameQueue queue;
    private final int width;
    private final int height;
    private final double frameRate;
    private final Consumer<LiveFrame> taken;
    private long position;
    private boolean first = true;

    /**
     * @param width, height the size the window stream reads at: the size the decoder converts frames to for it
     * @param start the number of the frame at the head of the queue, which starts the run
     */
    RunFrames(String name, FrameQueue queue, int width, int height, double frameRate, long start,
              Consumer<LiveFrame> taken) {
        this.name = name;
        this.queue = queue;
        this.width = width;
        this.height = height;
        this.frameRate = frameRate;
        this.position = start;
        this.taken = taken;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public double frameRate() {
        return frameRate;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public boolean skip() {
        return next() != null;
    }

    @Override
    public boolean read(byte[] target, int offset) {
        LiveFrame frame = next();
        if (frame == null) {
            return false;
        }
        if (frame.input().length != width * height * 3) {
            throw new IllegalStateException("frames were converted to " + frame.input().length + " bytes, the window "
                    + "stream reads " + width + "x" + height);
        }
        System.arraycopy(frame.input(), 0, target, offset, frame.input().length);
        return true;
    }

    /** The next frame of this run, or null where the run ends. */
    private LiveFrame next() {
        QueueItem item;
        try {
            item = queue.peek();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        if (!(item instanceof LiveFrame frame) || (frame.gapBefore() != null && !first)) {
            return null;
        }
        queue.take();
        first = false;
        position = frame.number() + 1;
        taken.accept(frame);
        return frame;
    }

    @Override
    public void close() {
        // the queue and the scaler outlive the run
    }
}
