package dev.vigil.ui.player;

import dev.vigil.video.VideoInfo;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.image.WritableImage;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * State and commands of the video player. A {@link PlaybackDecoder} decodes ahead on its own thread; every JavaFX
 * pulse calls {@link #pulse(long)}, which advances the playback clock at the file's frame rate times the speed and
 * shows the newest decoded frame that is due, dropping late ones so playback keeps time on a slow machine.
 */
public final class PlayerViewModel implements AutoCloseable {

    public static final List<Double> SPEEDS = List.of(0.25, 0.5, 1.0, 1.5, 2.0, 4.0);

    private final Executor uiThread;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<VideoInfo> info = new ReadOnlyObjectWrapper<>(this, "info");
    private final ReadOnlyObjectWrapper<WritableImage> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyLongWrapper frameCount = new ReadOnlyLongWrapper(this, "frameCount");
    private final ReadOnlyDoubleWrapper frameRate = new ReadOnlyDoubleWrapper(this, "frameRate", 25);
    private final ReadOnlyLongWrapper position = new ReadOnlyLongWrapper(this, "position", -1);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1.0);
    private final BooleanBinding ready = info.isNotNull().and(error.isEmpty());
    private final StringBinding positionText;

    private PlaybackDecoder decoder;
    private final PlaybackClock clock = new PlaybackClock();
    /** The frame to seek to once the video has opened (its length is not known before). */
    private long startAt;

    public PlayerViewModel(Executor uiThread) {
        this.uiThread = uiThread;
        positionText = Bindings.createStringBinding(this::describePosition, position, frameCount, frameRate, info);
        speed.addListener((obs, old, now) -> {
            if (now.doubleValue() < SPEEDS.get(0) || now.doubleValue() > SPEEDS.get(SPEEDS.size() - 1)) {
                speed.set(Math.max(SPEEDS.get(0), Math.min(SPEEDS.get(SPEEDS.size() - 1), now.doubleValue())));
            }
        });
    }

    // Properties

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VideoInfo> infoProperty() {
        return info.getReadOnlyProperty();
    }

    /** The frame on screen; a new image each time a video opens, written in place while it plays. */
    public ReadOnlyObjectProperty<WritableImage> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty frameCountProperty() {
        return frameCount.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty frameRateProperty() {
        return frameRate.getReadOnlyProperty();
    }

    /** Index of the frame on screen, -1 before the first. */
    public ReadOnlyLongProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Playback speed, 0.25 to 4. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** True once a video is open and decodes. */
    public BooleanBinding readyProperty() {
        return ready;
    }

    /** "00:01.20 / 00:03.00 · frame 31 / 75". */
    public StringBinding positionTextProperty() {
        return positionText;
    }

    // Commands

    /** Opens a video (closing the previous one) and shows its first frame; null closes. */
    public void open(Path video) {
        open(video, 0);
    }

    /**
     * Opens a video (closing the previous one) and shows frame {@code startFrame} once it has opened (clamped to the
     * video), as a jump to a flagged segment of another video does; null closes.
     */
    public void open(Path video, long startFrame) {
        closeDecoder();
        file.set(video);
        info.set(null);
        image.set(null);
        error.set("");
        frameCount.set(0);
        position.set(-1);
        playing.set(false);
        clock.reset();
        startAt = Math.max(0, startFrame);
        if (video != null) {
            decoder = new PlaybackDecoder(video, uiThread, opened -> opened(video, opened),
                    problem -> failed(video, problem));
        }
    }

    public void play() {
        if (!ready.get() || playing.get()) {
            return;
        }
        if (position.get() >= lastFrame()) {
            seek(0);
        }
        clock.start();
        playing.set(true);
    }

    /** Stops at the frame that is due now; a pending seek still lands. */
    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Shows the next frame and pauses. */
    public void stepForward() {
        pause();
        if (ready.get()) {
            clock.hold(Math.min(lastFrame(), clock.target() + 1));
        }
    }

    /** Shows the previous frame and pauses. */
    public void stepBack() {
        pause();
        if (ready.get() && clock.target() > 0) {
            seek(clock.target() - 1);
        }
    }

    /** Jumps to a frame; playback goes on from there if it was playing. */
    public void seek(long frame) {
        if (decoder == null) {
            return;
        }
        long clamped = Math.max(0, Math.min(frame, lastFrame()));
        if (clamped == position.get() && !playing.get()) {
            clock.hold(clamped);
            return;
        }
        clock.jump(clamped);
        decoder.seek(clamped);
    }

    /**
     * Advances playback to the time {@code nowNanos} (a pulse timestamp) and shows the frame that is due.
     * The clock stands still while the decoder has nothing buffered, so a slow decode delays rather than skips.
     */
    public void pulse(long nowNanos) {
        if (decoder == null || image.get() == null) {
            return;
        }
        clock.pulse(nowNanos, playing.get(), frameRate.get(), speed.get(),
                playing.get() && decoder.peek() == null && !decoder.ended());
        long target = clock.target();
        DecodedFrame due = decoder.takeDue(target);
        if (due != null) {
            show(due);
        }
        if (decoder.endIndex() > 0 && decoder.endIndex() != frameCount.get()) {
            frameCount.set(decoder.endIndex());
        }
        if (decoder.ended() && decoder.peek() == null && target > position.get() && position.get() >= 0) {
            // past the real end (the container's frame count was an estimate): stop on the last frame
            playing.set(false);
            clock.hold(position.get());
        }
    }

    private void show(DecodedFrame frame) {
        frame.drawInto(image.get());
        position.set(frame.index());
        decoder.recycle(frame);
    }

    private void opened(Path video, PlaybackDecoder.Opened opened) {
        if (!video.equals(file.get())) {
            return;
        }
        frameRate.set(opened.info().frameRate() > 0 ? opened.info().frameRate() : 25);
        frameCount.set(Math.max(1, opened.info().frameCount()));
        image.set(new WritableImage(opened.width(), opened.height()));
        info.set(opened.info());
        if (startAt > 0) {
            seek(startAt);
        }
    }

    private void failed(Path video, String problem) {
        if (video.equals(file.get())) {
            error.set(problem);
            playing.set(false);
        }
    }

    private long lastFrame() {
        return Math.max(0, frameCount.get() - 1);
    }

    private String describePosition() {
        if (info.get() == null) {
            return "";
        }
        return TimeText.position(Math.max(0, position.get()), frameCount.get(), frameRate.get());
    }

    private void closeDecoder() {
        if (decoder != null) {
            decoder.close();
            decoder = null;
        }
    }

    @Override
    public void close() {
        open(null);
    }
}
