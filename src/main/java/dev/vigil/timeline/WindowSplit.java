package dev.vigil.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The windows of one normal training video, split into those the detector learns from and those held out to set
 * the threshold. The held-out windows are one contiguous stretch of the video at a seeded random place, and
 * training windows that share a frame with it are left out: overlapping windows are near copies of each other, and
 * a held-out window whose neighbour was learnt would score as low as a training window and set the threshold
 * too low.
 *
 * @param train      windows to learn from
 * @param validation windows held out
 */
public record WindowSplit(List<FrameWindow> train, List<FrameWindow> validation) {

    /** Fewer windows than this are all used for training. */
    static final int MIN_WINDOWS_TO_SPLIT = 4;

    public WindowSplit {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
    }

    /**
     * @param fraction share of the windows held out, in [0, 1); at least one when the video has
     *                 {@value #MIN_WINDOWS_TO_SPLIT} windows or more and the fraction is positive
     * @param seed     the same seed and video name give the same split
     * @param video    the video's name, mixed into the seed so that videos differ
     */
    public static WindowSplit of(List<FrameWindow> windows, double fraction, long seed, String video) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + fraction);
        }
        int n = windows.size();
        int held = (int) Math.round(fraction * n);
        if (fraction > 0 && n >= MIN_WINDOWS_TO_SPLIT) {
            held = Math.max(1, Math.min(held, n - 1));
        } else {
            held = 0;
        }
        if (held == 0) {
            return new WindowSplit(windows, List.of());
        }
        int start = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + video.hashCode()).nextInt(n - held + 1);
        List<FrameWindow> validation = windows.subList(start, start + held);
        long from = validation.get(0).first();
        long to = validation.stream().mapToLong(FrameWindow::last).max().orElseThrow();
        List<FrameWindow> train = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FrameWindow w = windows.get(i);
            boolean inValidation = i >= start && i < start + held;
            if (!inValidation && (w.last() < from || w.first() > to)) {
                train.add(w);
            }
        }
        return new WindowSplit(train, validation);
    }
}
