package dev.vigil.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * How a long video is cut into windows: {@code length} frames each, a new one every {@code stride} frames.
 *
 * @param length frames per window (W)
 * @param stride frames between the starts of two windows (S); S &lt; W makes windows overlap
 */
public record WindowSpec(int length, int stride) {

    /** 32 frames (1.3 s at 25 fps), long enough to hold a movement; a new window every 8 frames. */
    public static final WindowSpec DEFAULT = new WindowSpec(32, 8);

    public WindowSpec {
        if (length < 1) {
            throw new IllegalArgumentException("window length must be at least 1 frame, got " + length);
        }
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be at least 1 frame, got " + stride);
        }
    }

    /**
     * The windows of a video of {@code frameCount} frames: starts 0, S, 2S, … while a whole window fits, plus one
     * window ending on the last frame when the grid leaves the tail uncovered, so every frame is covered. A video
     * shorter than W is one window over all its frames. None for an empty video.
     */
    public List<FrameWindow> plan(long frameCount) {
        return plan(frameCount, stride);
    }

    /** As {@link #plan(long)} with another stride (training may take fewer windows than scoring). */
    public List<FrameWindow> plan(long frameCount, int step) {
        if (step < 1) {
            throw new IllegalArgumentException("stride must be at least 1 frame, got " + step);
        }
        List<FrameWindow> windows = new ArrayList<>();
        if (frameCount <= 0) {
            return windows;
        }
        if (frameCount <= length) {
            windows.add(new FrameWindow(0, 0, frameCount - 1));
            return windows;
        }
        long start = 0;
        for (; start + length <= frameCount; start += step) {
            windows.add(new FrameWindow(windows.size(), start, start + length - 1));
        }
        long lastStart = frameCount - length;
        if (windows.get(windows.size() - 1).first() != lastStart) {
            windows.add(new FrameWindow(windows.size(), lastStart, frameCount - 1));
        }
        return windows;
    }
}
