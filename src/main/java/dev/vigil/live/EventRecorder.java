package dev.vigil.live;

import dev.vigil.video.H264Writer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps the evidence of each event in a watch folder: when the alert is raised, a clip starts with the pre-roll
 * the ring still holds and takes every frame from then on, until the post-roll after the close; at the close the
 * peak frame is saved as a snapshot and the event is appended to the event files ({@link EventLog}). Clips are
 * encoded as frames come, so an event holds no frames in memory however long it lasts.
 */
public final class EventRecorder implements LiveListener, AutoCloseable {

    /** Bits per second per pixel of a clip at 25 fps: enough for a reviewer to see what happened. */
    private static final double BITS_PER_PIXEL = 0.15;

    private final Path dir;
    private final EventLog log;
    private final double fps;
    private final int postFrames;
    private final int sourceWidth;
    private final int sourceHeight;
    private final Consumer<String> warn;
    private final List<Clip> clips = new ArrayList<>();
    private final Map<Integer, Double> alertLatency = new HashMap<>();

    /** A clip being written; {@code endFrame} is known once its event has closed. */
    private static final class Clip {
        final int id;
        final H264Writer writer;
        long lastWritten = -1;
        long endFrame = Long.MAX_VALUE;

        Clip(int id, H264Writer writer) {
            this.id = id;
            this.writer = writer;
        }
    }

    /**
     * @param warn told of a snapshot or clip that could not be written (the watch goes on)
     */
    public EventRecorder(Path dir, double fps, double postSeconds, int sourceWidth, int sourceHeight,
                         Consumer<String> warn) {
        this.dir = dir;
        this.log = new EventLog(dir);
        this.fps = fps;
        this.postFrames = (int) Math.ceil(postSeconds * fps);
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        this.warn = warn;
    }

    /** Path of an event's clip, relative to the watch folder. */
    public static String clipPath(int id) {
        return WatchFiles.CLIPS + "/" + WatchFiles.eventStem(id) + ".mp4";
    }

    /** Path of an event's snapshot, relative to the watch folder. */
    public static String snapshotPath(int id) {
        return WatchFiles.SNAPSHOTS + "/" + WatchFiles.eventStem(id) + ".jpg";
    }

    @Override
    public void eventOpened(LiveEvent event, List<LivePicture> preRoll) {
        alertLatency.put(event.id(), event.latencySeconds());
        if (preRoll.isEmpty()) {
            return;
        }
        LivePicture first = preRoll.get(0);
        int bitrate = (int) Math.max(200_000, first.width() * first.height() * fps * BITS_PER_PIXEL);
        try {
            Clip clip = new Clip(event.id(), H264Writer.create(dir.resolve(clipPath(event.id())), first.width(),
                    first.height(), fps, bitrate));
            clips.add(clip);
            for (LivePicture frame : preRoll) {
                write(clip, frame);
            }
        } catch (IOException | RuntimeException e) {
            warn.accept("event " + event.id() + ": cannot record its clip (" + e.getMessage() + ")");
        }
    }

    @Override
    public void frameTaken(LivePicture frame) {
        Iterator<Clip> it = clips.iterator();
        while (it.hasNext()) {
            Clip clip = it.next();
            if (frame.number() > clip.endFrame) {
                finish(clip);
                it.remove();
            } else if (!write(clip, frame)) {
                it.remove();
            }
        }
    }

    @Override
    public void eventClosed(LiveEvent event, LivePicture peak) {
        String snapshot = null;
        if (peak != null) {
            try {
                Snapshot.write(dir.resolve(snapshotPath(event.id())), peak, event.box(), sourceWidth, sourceHeight);
                snapshot = snapshotPath(event.id());
            } catch (IOException | RuntimeException e) {
                warn.accept("event " + event.id() + ": cannot save its snapshot (" + e.getMessage() + ")");
            }
        }
        String clip = null;
        for (Clip c : clips) {
            if (c.id == event.id()) {
                c.endFrame = event.lastFrame() + postFrames;
                clip = clipPath(event.id());
            }
        }
        try {
            log.append(event, snapshot, clip, alertLatency.getOrDefault(event.id(), Double.NaN));
        } catch (IOException e) {
            warn.accept("event " + event.id() + ": cannot append it to " + WatchFiles.EVENTS_CSV + " ("
                    + e.getMessage() + ")");
        }
        alertLatency.remove(event.id());
    }

    @Override
    public void gap(Gap gap, long nextFrame) {
        finishClosed();
    }

    @Override
    public void streamLost(String reason, long wallMillis) {
        finishClosed();
    }

    /** A clip does not span a gap: the post-roll of a closed event ends where the frames stopped. */
    private void finishClosed() {
        clips.removeIf(c -> {
            if (c.endFrame != Long.MAX_VALUE) {
                finish(c);
                return true;
            }
            return false;
        });
    }

    private boolean write(Clip clip, LivePicture frame) {
        if (frame.number() <= clip.lastWritten) {
            return true;
        }
        try {
            clip.writer.write(frame.picture());
            clip.lastWritten = frame.number();
            return true;
        } catch (IOException | RuntimeException e) {
            warn.accept("event " + clip.id + ": clip stopped (" + e.getMessage() + ")");
            closeQuietly(clip);
            return false;
        }
    }

    private void finish(Clip clip) {
        try {
            clip.writer.finish();
        } catch (IOException e) {
            warn.accept("event " + clip.id + ": cannot finish its clip (" + e.getMessage() + ")");
        } finally {
            closeQuietly(clip);
        }
    }

    private static void closeQuietly(Clip clip) {
        try {
            clip.writer.close();
        } catch (IOException ignored) {
            // the partial file is gone or will be overwritten; the warning was given
        }
    }

    /** Ends the clips still recording: their post-roll is cut where the watch stopped. */
    @Override
    public void close() {
        for (Clip clip : clips) {
            finish(clip);
        }
        clips.clear();
    }
}
